// The demo seller's product range: home goods and gadgets made in China (costs in CNY), each with its
// names in English (US), German (DE) and Japanese (JP), size, season and variations. catalog.ts turns
// these designs into SKUs per marketplace.

export type Season = 'winter' | 'summer' | null;

export interface Variant {
  readonly code: string;
  readonly en: string;
  readonly de: string;
  readonly ja: string;
}

export interface Design {
  readonly key: string;
  readonly en: string;
  readonly de: string;
  readonly ja: string;
  readonly category: string;
  /** Purchase cost range per unit in CNY (major units). */
  readonly cost: readonly [number, number];
  /** Unit volume in cubic feet. */
  readonly cuft: number;
  readonly season: Season;
  readonly variants: readonly Variant[];
  /** Subscribe & Save consumable. */
  readonly sns?: boolean;
  /** A new ASIN launched on one marketplace only (created within the past 90 days). */
  readonly fresh?: 'US' | 'DE' | 'JP';
}

const v = (code: string, en: string, de: string, ja: string): Variant => ({ code, en, de, ja });

const COLORS = [
  v('BLK', 'Black', 'Schwarz', 'ブラック'),
  v('WHT', 'White', 'Weiß', 'ホワイト'),
  v('GRY', 'Grey', 'Grau', 'グレー'),
  v('BLU', 'Blue', 'Blau', 'ブルー'),
  v('GRN', 'Sage Green', 'Salbeigrün', 'グリーン'),
  v('PNK', 'Pink', 'Rosa', 'ピンク'),
];
const SIZES = [
  v('S', 'Small', 'Klein', 'Sサイズ'),
  v('M', 'Medium', 'Mittel', 'Mサイズ'),
  v('L', 'Large', 'Groß', 'Lサイズ'),
];
const PACKS = [
  v('2P', '2-Pack', '2er-Pack', '2個セット'),
  v('4P', '4-Pack', '4er-Pack', '4個セット'),
  v('6P', '6-Pack', '6er-Pack', '6個セット'),
];
const ONE: readonly Variant[] = [];

const KITCHEN = 'Home & Kitchen';
const HOME = 'Home';
const GARDEN = 'Patio, Lawn & Garden';
const ELECTRONICS = 'Consumer Electronics';
const CLOTHING = 'Clothing & Accessories';

// prettier-ignore
export const DESIGNS: readonly Design[] = [
  { key: 'LID', en: 'Silicone Stretch Lids', de: 'Silikon-Stretchdeckel', ja: 'シリコン伸縮フタ', category: KITCHEN, cost: [9, 14], cuft: 0.08, season: null, variants: PACKS },
  { key: 'CUT', en: 'Bamboo Cutting Board', de: 'Bambus-Schneidebrett', ja: '竹製まな板', category: KITCHEN, cost: [18, 42], cuft: 0.22, season: null, variants: SIZES },
  { key: 'BWL', en: 'Stainless Steel Mixing Bowls', de: 'Edelstahl-Rührschüsseln', ja: 'ステンレス製ボウル', category: KITCHEN, cost: [35, 60], cuft: 0.55, season: null, variants: SIZES },
  { key: 'KNF', en: 'Magnetic Knife Strip', de: 'Magnetische Messerleiste', ja: 'マグネット包丁ホルダー', category: KITCHEN, cost: [14, 22], cuft: 0.06, season: null, variants: ONE },
  { key: 'COL', en: 'Collapsible Silicone Colander', de: 'Faltbares Silikonsieb', ja: '折りたたみ水切りざる', category: KITCHEN, cost: [11, 16], cuft: 0.12, season: null, variants: COLORS.slice(0, 4) },
  { key: 'BTL', en: 'Insulated Water Bottle 750 ml', de: 'Isolierte Trinkflasche 750 ml', ja: '真空断熱ボトル 750ml', category: KITCHEN, cost: [22, 30], cuft: 0.1, season: null, variants: COLORS },
  { key: 'MPC', en: 'Glass Meal Prep Containers', de: 'Glas-Frischhaltedosen', ja: 'ガラス保存容器', category: KITCHEN, cost: [38, 70], cuft: 0.6, season: null, variants: PACKS },
  { key: 'FRO', en: 'Handheld Milk Frother', de: 'Milchaufschäumer', ja: 'ミルクフォーマー', category: KITCHEN, cost: [12, 18], cuft: 0.05, season: null, variants: COLORS.slice(0, 3) },
  { key: 'SCL', en: 'Digital Kitchen Scale', de: 'Digitale Küchenwaage', ja: 'デジタルキッチンスケール', category: KITCHEN, cost: [19, 26], cuft: 0.09, season: null, variants: ONE },
  { key: 'WAX', en: 'Reusable Beeswax Wraps', de: 'Wiederverwendbare Bienenwachstücher', ja: '蜜ろうラップ', category: KITCHEN, cost: [8, 13], cuft: 0.03, season: null, variants: PACKS.slice(0, 2), sns: true },
  { key: 'ICE', en: 'Silicone Ice Cube Trays', de: 'Silikon-Eiswürfelformen', ja: 'シリコン製製氷皿', category: KITCHEN, cost: [7, 11], cuft: 0.07, season: 'summer', variants: PACKS.slice(0, 2) },
  { key: 'CBR', en: 'Cold Brew Coffee Maker', de: 'Cold-Brew-Kaffeebereiter', ja: '水出しコーヒーポット', category: KITCHEN, cost: [26, 34], cuft: 0.18, season: 'summer', variants: ONE },
  { key: 'POP', en: 'Popsicle Molds', de: 'Eis-am-Stiel-Formen', ja: 'アイスキャンディーメーカー', category: KITCHEN, cost: [9, 14], cuft: 0.08, season: 'summer', variants: ONE },
  { key: 'CKC', en: 'Christmas Cookie Cutter Set', de: 'Weihnachts-Ausstechformen-Set', ja: 'クリスマスクッキー型セット', category: KITCHEN, cost: [6, 10], cuft: 0.04, season: 'winter', variants: ONE },
  { key: 'HRB', en: 'Fresh Herb Keeper', de: 'Kräuter-Frischhaltebox', ja: 'ハーブキーパー', category: KITCHEN, cost: [15, 20], cuft: 0.14, season: null, variants: ONE },
  { key: 'TWL', en: 'Reusable Bamboo Paper Towels', de: 'Wiederverwendbare Bambus-Küchentücher', ja: '洗える竹キッチンペーパー', category: KITCHEN, cost: [10, 15], cuft: 0.1, season: null, variants: ONE, sns: true },
  { key: 'UBS', en: 'Under-Bed Storage Bags', de: 'Unterbett-Aufbewahrungstaschen', ja: 'ベッド下収納ケース', category: HOME, cost: [24, 36], cuft: 0.35, season: null, variants: PACKS.slice(0, 2) },
  { key: 'VAC', en: 'Vacuum Storage Bags', de: 'Vakuum-Aufbewahrungsbeutel', ja: '圧縮袋', category: HOME, cost: [16, 28], cuft: 0.15, season: null, variants: PACKS, sns: true },
  { key: 'DRW', en: 'Drawer Organizer Set', de: 'Schubladen-Organizer-Set', ja: '引き出し整理トレー', category: HOME, cost: [14, 22], cuft: 0.2, season: null, variants: COLORS.slice(0, 3) },
  { key: 'HNG', en: 'Velvet Hangers, 30 pcs', de: 'Samtkleiderbügel, 30 Stück', ja: 'ベルベットハンガー 30本', category: HOME, cost: [28, 36], cuft: 0.45, season: null, variants: COLORS.slice(0, 4) },
  { key: 'SHO', en: 'Over-the-Door Shoe Organizer', de: 'Tür-Schuhregal zum Hängen', ja: 'ドア掛けシューズラック', category: HOME, cost: [18, 25], cuft: 0.25, season: null, variants: ONE },
  { key: 'MFC', en: 'Microfiber Cleaning Cloths', de: 'Mikrofaser-Reinigungstücher', ja: 'マイクロファイバークロス', category: HOME, cost: [9, 16], cuft: 0.08, season: null, variants: PACKS, sns: true },
  { key: 'CAD', en: 'Adhesive Shower Caddy', de: 'Selbstklebender Duschkorb', ja: '貼り付けシャワーラック', category: HOME, cost: [16, 24], cuft: 0.16, season: null, variants: COLORS.slice(0, 3) },
  { key: 'MAT', en: 'Non-Slip Bath Mat', de: 'Rutschfeste Badematte', ja: '滑り止めバスマット', category: HOME, cost: [20, 30], cuft: 0.3, season: null, variants: COLORS },
  { key: 'CUR', en: 'Blackout Curtains', de: 'Verdunkelungsvorhänge', ja: '遮光カーテン', category: HOME, cost: [38, 55], cuft: 0.4, season: null, variants: COLORS.slice(0, 5) },
  { key: 'BLK', en: 'Weighted Blanket', de: 'Gewichtsdecke', ja: '加重ブランケット', category: HOME, cost: [120, 190], cuft: 1.2, season: 'winter', variants: SIZES },
  { key: 'HTB', en: 'Electric Heated Throw', de: 'Elektrische Heizdecke', ja: '電気ひざ掛け', category: HOME, cost: [85, 120], cuft: 0.7, season: 'winter', variants: COLORS.slice(0, 3) },
  { key: 'XLT', en: 'Christmas String Lights', de: 'Weihnachts-Lichterkette', ja: 'クリスマスイルミネーションライト', category: HOME, cost: [15, 35], cuft: 0.12, season: 'winter', variants: SIZES.slice(0, 2) },
  { key: 'ADV', en: 'Wooden Advent Calendar Box', de: 'Holz-Adventskalender', ja: '木製アドベントカレンダー', category: HOME, cost: [45, 60], cuft: 0.5, season: 'winter', variants: ONE },
  { key: 'SOL', en: 'Solar Garden Lights', de: 'Solar-Gartenleuchten', ja: 'ソーラーガーデンライト', category: GARDEN, cost: [25, 45], cuft: 0.3, season: 'summer', variants: PACKS },
  { key: 'NET', en: 'Mosquito Net Canopy', de: 'Moskitonetz-Baldachin', ja: '蚊帳 天蓋', category: HOME, cost: [22, 30], cuft: 0.2, season: 'summer', variants: ONE },
  { key: 'BCH', en: 'Microfiber Beach Towel', de: 'Mikrofaser-Strandtuch', ja: 'ビーチタオル', category: HOME, cost: [18, 26], cuft: 0.15, season: 'summer', variants: COLORS.slice(2, 6) },
  { key: 'CPL', en: 'Cooling Gel Pillow', de: 'Kühlendes Gelkissen', ja: '冷感ジェル枕', category: HOME, cost: [40, 55], cuft: 0.6, season: 'summer', variants: ONE },
  { key: 'FAN', en: 'USB Desk Fan', de: 'USB-Tischventilator', ja: 'USB卓上扇風機', category: ELECTRONICS, cost: [20, 28], cuft: 0.2, season: 'summer', variants: COLORS.slice(0, 2) },
  { key: 'USB', en: 'USB-C Charging Cable 2 m', de: 'USB-C-Ladekabel 2 m', ja: 'USB-C充電ケーブル 2m', category: ELECTRONICS, cost: [5, 9], cuft: 0.02, season: null, variants: PACKS },
  { key: 'WLC', en: 'Wireless Charging Pad', de: 'Kabelloses Ladepad', ja: 'ワイヤレス充電器', category: ELECTRONICS, cost: [24, 32], cuft: 0.05, season: null, variants: COLORS.slice(0, 2) },
  { key: 'CAR', en: 'Magnetic Car Phone Mount', de: 'Magnetische Kfz-Handyhalterung', ja: 'マグネット式車載ホルダー', category: ELECTRONICS, cost: [10, 15], cuft: 0.03, season: null, variants: ONE },
  { key: 'PLG', en: 'Smart Wi-Fi Plug', de: 'WLAN-Steckdose', ja: 'スマートプラグ', category: ELECTRONICS, cost: [18, 30], cuft: 0.06, season: null, variants: PACKS.slice(0, 2) },
  { key: 'LMP', en: 'LED Desk Lamp', de: 'LED-Schreibtischlampe', ja: 'LEDデスクライト', category: ELECTRONICS, cost: [48, 66], cuft: 0.4, season: null, variants: COLORS.slice(0, 2) },
  { key: 'TRK', en: 'Bluetooth Item Tracker', de: 'Bluetooth-Schlüsselfinder', ja: 'スマートトラッカー', category: ELECTRONICS, cost: [25, 60], cuft: 0.02, season: null, variants: PACKS.slice(0, 2) },
  { key: 'PWR', en: 'Portable Power Bank 10000 mAh', de: 'Powerbank 10000 mAh', ja: 'モバイルバッテリー 10000mAh', category: ELECTRONICS, cost: [38, 48], cuft: 0.04, season: null, variants: COLORS.slice(0, 2) },
  { key: 'CBX', en: 'Cable Organizer Box', de: 'Kabelbox', ja: 'ケーブル収納ボックス', category: HOME, cost: [16, 22], cuft: 0.3, season: null, variants: COLORS.slice(0, 2) },
  { key: 'NLT', en: 'Motion Sensor Night Light', de: 'Nachtlicht mit Bewegungsmelder', ja: '人感センサーライト', category: ELECTRONICS, cost: [12, 30], cuft: 0.05, season: null, variants: PACKS },
  { key: 'LBL', en: 'Mini Label Maker', de: 'Mini-Etikettendrucker', ja: 'ミニラベルプリンター', category: ELECTRONICS, cost: [55, 70], cuft: 0.07, season: null, variants: ONE },
  { key: 'BNE', en: 'Knit Winter Beanie', de: 'Strick-Wintermütze', ja: 'ニット帽', category: CLOTHING, cost: [8, 12], cuft: 0.05, season: 'winter', variants: COLORS.slice(0, 4) },
  { key: 'GLV', en: 'Touchscreen Winter Gloves', de: 'Touchscreen-Winterhandschuhe', ja: 'スマホ対応手袋', category: CLOTHING, cost: [10, 15], cuft: 0.04, season: 'winter', variants: SIZES },
  { key: 'HAT', en: 'Packable Sun Hat', de: 'Faltbarer Sonnenhut', ja: '折りたたみ麦わら帽子', category: CLOTHING, cost: [14, 20], cuft: 0.15, season: 'summer', variants: COLORS.slice(1, 3) },
  { key: 'SLM', en: 'Silk Sleep Mask', de: 'Seiden-Schlafmaske', ja: 'シルクアイマスク', category: CLOTHING, cost: [9, 14], cuft: 0.02, season: null, variants: COLORS.slice(0, 3) },
  { key: 'JWL', en: 'Travel Jewelry Organizer', de: 'Reise-Schmuckkästchen', ja: 'トラベルジュエリーケース', category: HOME, cost: [14, 20], cuft: 0.06, season: null, variants: COLORS.slice(0, 3) },
  { key: 'SPT', en: 'Silicone Spatula Set', de: 'Silikon-Spatel-Set', ja: 'シリコンスパチュラセット', category: KITCHEN, cost: [10, 15], cuft: 0.06, season: null, variants: COLORS.slice(0, 4) },
  { key: 'OVM', en: 'Heat-Resistant Oven Mitts', de: 'Hitzebeständige Ofenhandschuhe', ja: '耐熱オーブンミトン', category: KITCHEN, cost: [9, 14], cuft: 0.07, season: null, variants: COLORS.slice(0, 4) },
  { key: 'APR', en: 'Cotton Kitchen Apron', de: 'Baumwoll-Küchenschürze', ja: '綿エプロン', category: KITCHEN, cost: [12, 18], cuft: 0.05, season: null, variants: COLORS },
  { key: 'PIL', en: 'Linen Throw Pillow Covers 45 x 45 cm', de: 'Leinen-Kissenbezüge 45 x 45 cm', ja: 'リネンクッションカバー 45x45cm', category: HOME, cost: [10, 16], cuft: 0.05, season: null, variants: COLORS },
  { key: 'TCL', en: 'Wipeable Tablecloth', de: 'Abwaschbare Tischdecke', ja: '撥水テーブルクロス', category: HOME, cost: [18, 30], cuft: 0.12, season: null, variants: SIZES },
  { key: 'SOC', en: 'Merino Wool Socks', de: 'Merinowoll-Socken', ja: 'メリノウール靴下', category: CLOTHING, cost: [14, 20], cuft: 0.04, season: 'winter', variants: SIZES },
  { key: 'SCF', en: 'Soft Knit Scarf', de: 'Weicher Strickschal', ja: 'ニットマフラー', category: CLOTHING, cost: [15, 24], cuft: 0.1, season: 'winter', variants: COLORS.slice(0, 4) },
  { key: 'HUM', en: 'Ultrasonic Humidifier', de: 'Ultraschall-Luftbefeuchter', ja: '超音波加湿器', category: HOME, cost: [60, 85], cuft: 0.35, season: 'winter', variants: COLORS.slice(0, 2) },
  { key: 'PCB', en: 'Waterproof Picnic Blanket', de: 'Wasserdichte Picknickdecke', ja: '防水レジャーシート', category: GARDEN, cost: [30, 42], cuft: 0.3, season: 'summer', variants: COLORS.slice(2, 5) },
  { key: 'SPB', en: 'Glass Spray Bottles', de: 'Glas-Sprühflaschen', ja: 'ガラススプレーボトル', category: HOME, cost: [12, 24], cuft: 0.1, season: null, variants: PACKS },
  { key: 'STD', en: 'Adjustable Phone Stand', de: 'Verstellbarer Handyständer', ja: 'スマホスタンド', category: ELECTRONICS, cost: [9, 14], cuft: 0.04, season: null, variants: COLORS.slice(0, 3) },
  { key: 'HDS', en: 'Aluminium Headphone Stand', de: 'Kopfhörerständer aus Aluminium', ja: 'アルミ製ヘッドホンスタンド', category: ELECTRONICS, cost: [22, 30], cuft: 0.15, season: null, variants: COLORS.slice(0, 2) },
  { key: 'LNB', en: 'Insulated Lunch Bag', de: 'Isolierte Lunchtasche', ja: '保冷ランチバッグ', category: KITCHEN, cost: [14, 20], cuft: 0.12, season: null, variants: COLORS },
  { key: 'TOT', en: 'Canvas Tote Bags', de: 'Canvas-Tragetaschen', ja: 'キャンバストートバッグ', category: CLOTHING, cost: [10, 20], cuft: 0.08, season: null, variants: PACKS },
  // New ASINs (created within the past 90 days), one marketplace each.
  { key: 'SPJ', en: 'Magnetic Spice Jars', de: 'Magnetische Gewürzdosen', ja: 'マグネットスパイスボトル', category: KITCHEN, cost: [30, 38], cuft: 0.2, season: null, variants: ONE, fresh: 'US' },
  { key: 'LED', en: 'Smart LED Strip 5 m', de: 'Smarter LED-Streifen 5 m', ja: 'スマートLEDテープ 5m', category: ELECTRONICS, cost: [28, 36], cuft: 0.08, season: null, variants: ONE, fresh: 'US' },
  { key: 'LDB', en: 'Foldable Laundry Basket', de: 'Faltbarer Wäschekorb', ja: '折りたたみランドリーバスケット', category: HOME, cost: [20, 26], cuft: 0.45, season: null, variants: ONE, fresh: 'US' },
  { key: 'EYE', en: 'Heated Eye Mask', de: 'Beheizte Augenmaske', ja: 'ホットアイマスク', category: ELECTRONICS, cost: [26, 34], cuft: 0.05, season: null, variants: ONE, fresh: 'US' },
  { key: 'OIL', en: 'Glass Oil Sprayer', de: 'Öl-Sprühflasche aus Glas', ja: 'オイルスプレーボトル', category: KITCHEN, cost: [9, 13], cuft: 0.05, season: null, variants: ONE, fresh: 'DE' },
  { key: 'TEA', en: 'Tea Infuser Bottle', de: 'Teeflasche mit Sieb', ja: '茶こし付きボトル', category: KITCHEN, cost: [17, 22], cuft: 0.08, season: null, variants: ONE, fresh: 'DE' },
  { key: 'PLT', en: 'Self-Watering Planter', de: 'Selbstbewässernder Blumentopf', ja: '自動給水プランター', category: GARDEN, cost: [14, 20], cuft: 0.25, season: null, variants: ONE, fresh: 'DE' },
  { key: 'RCE', en: 'Rice Storage Container 10 kg', de: 'Reis-Vorratsbehälter 10 kg', ja: '米びつ 10kg', category: KITCHEN, cost: [30, 40], cuft: 0.5, season: null, variants: ONE, fresh: 'JP' },
  { key: 'BNT', en: 'Bento Lunch Box', de: 'Bento-Lunchbox', ja: '弁当箱', category: KITCHEN, cost: [14, 20], cuft: 0.1, season: null, variants: ONE, fresh: 'JP' },
  { key: 'UMB', en: 'Compact Travel Umbrella', de: 'Kompakter Reiseschirm', ja: '折りたたみ傘', category: CLOTHING, cost: [16, 22], cuft: 0.06, season: null, variants: ONE, fresh: 'JP' },
];

export const BRAND = { en: 'Nestora', ja: 'Nestora' };
