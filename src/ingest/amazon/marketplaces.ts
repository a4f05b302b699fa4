// Which marketplace an Amazon report row belongs to, from what the row says: the All Orders
// sales-channel (Amazon.com, Amazon.co.jp …), the planning report's marketplace column (US, GB,
// ATVPDKIKX0DER …) or the Restock report's Country (United Kingdom …). Names are compared without case.
import { MARKETPLACES, type Marketplace } from '../../core/catalog/marketplace.js';

/** The marketplace id of each marketplace (SP-API), as some reports write it. */
const MARKETPLACE_IDS: Readonly<Record<string, Marketplace>> = {
  atvpdkikx0der: 'US',
  a2euq1wtgctbg2: 'CA',
  a1am78c64um0y8: 'MX',
  a1f83g8c2aro7p: 'UK',
  a1pa6795ukmfr9: 'DE',
  a13v1ib3viyzzh: 'FR',
  apj6jra9ng5v4: 'IT',
  a1rkkupihcs9hs: 'ES',
  a1vc38t7yxb528: 'JP',
};

const DOMAINS: Readonly<Record<string, Marketplace>> = {
  'amazon.com': 'US',
  'amazon.ca': 'CA',
  'amazon.com.mx': 'MX',
  'amazon.co.uk': 'UK',
  'amazon.de': 'DE',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
  'amazon.co.jp': 'JP',
};

const COUNTRIES: Readonly<Record<string, Marketplace>> = {
  'united states': 'US',
  usa: 'US',
  canada: 'CA',
  mexico: 'MX',
  méxico: 'MX',
  'united kingdom': 'UK',
  'great britain': 'UK',
  gb: 'UK',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  italy: 'IT',
  italia: 'IT',
  spain: 'ES',
  españa: 'ES',
  japan: 'JP',
  日本: 'JP',
};

/** A marketplace code (US, UK/GB …), id (ATVPDKIKX0DER …), domain (Amazon.de) or country name; else null. */
export function marketplaceNamed(text: string): Marketplace | null {
  const lower = text.trim().toLowerCase();
  const code = MARKETPLACES.find((mp) => mp.toLowerCase() === lower);
  if (code) return code;
  const www = lower.replace(/^www\./, '');
  return MARKETPLACE_IDS[lower] ?? DOMAINS[www] ?? COUNTRIES[lower] ?? null;
}

/** All Orders sales-channel: a marketplace, 'other' for sales outside Amazon (Non-Amazon, MCF), or null if empty. */
export type SalesChannel = Marketplace | 'other' | null;

const channelCache = new Map<string, SalesChannel>();

/**
 * The marketplace of an All Orders sales-channel. "Non-Amazon" (Multi-Channel Fulfilment orders sold
 * elsewhere) and Amazon marketplaces clearway does not cover (Amazon.nl, Amazon.se …) are 'other'.
 */
export function salesChannelMarketplace(text: string): SalesChannel {
  if (text === '') return null;
  let found = channelCache.get(text);
  if (found === undefined) {
    found = marketplaceNamed(text) ?? 'other';
    if (channelCache.size < 100) channelCache.set(text, found);
  }
  return found;
}
