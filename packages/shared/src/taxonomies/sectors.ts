import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

// Sectors follow ISIC Rev.4 at its two top levels. Indonesia's KBLI 2020 and Malaysia's MSIC 2008 (and
// Brunei's classification) keep ISIC's sections and 2-digit divisions unchanged, so one code means the same
// activity in all three countries. Labels: `id` is the KBLI 2020 title, `ms` the MSIC 2008 title and `en`
// the ISIC Rev.4 title. A division code is its section letter plus the ISIC digits (`C10`), so a code
// alone tells which section it belongs to.

export const SECTION_CODES = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
] as const satisfies CodeTuple<string>;
export type SectionCode = (typeof SECTION_CODES)[number];

export const DIVISION_CODES = [
  'A01', 'A02', 'A03',
  'B05', 'B06', 'B07', 'B08', 'B09',
  'C10', 'C11', 'C12', 'C13', 'C14', 'C15', 'C16', 'C17', 'C18', 'C19', 'C20', 'C21', 'C22', 'C23',
  'C24', 'C25', 'C26', 'C27', 'C28', 'C29', 'C30', 'C31', 'C32', 'C33',
  'D35',
  'E36', 'E37', 'E38', 'E39',
  'F41', 'F42', 'F43',
  'G45', 'G46', 'G47',
  'H49', 'H50', 'H51', 'H52', 'H53',
  'I55', 'I56',
  'J58', 'J59', 'J60', 'J61', 'J62', 'J63',
  'K64', 'K65', 'K66',
  'L68',
  'M69', 'M70', 'M71', 'M72', 'M73', 'M74', 'M75',
  'N77', 'N78', 'N79', 'N80', 'N81', 'N82',
  'O84',
  'P85',
  'Q86', 'Q87', 'Q88',
  'R90', 'R91', 'R92', 'R93',
  'S94', 'S95', 'S96',
  'T97', 'T98',
  'U99',
] as const satisfies CodeTuple<string>;
export type DivisionCode = (typeof DIVISION_CODES)[number];

/** A section (`C`) or a division (`C10`): what profiles, opportunities and the `sector` filter carry. */
export type SectorCode = SectionCode | DivisionCode;
export const SECTOR_CODES = [...SECTION_CODES, ...DIVISION_CODES] as const satisfies CodeTuple<string>;

export interface Section extends TaxonomyEntry<SectionCode> {
  readonly level: 'section';
}

export interface Division extends TaxonomyEntry<DivisionCode> {
  readonly level: 'division';
  readonly section: SectionCode;
  /** The two ISIC digits, also the KBLI golongan pokok and the MSIC division: `10` for `C10`. */
  readonly isic: string;
}

export type Sector = Section | Division;

const SECTION_LABELS: Record<SectionCode, LocalisedLabel> = {
  A: {
    id: 'Pertanian, Kehutanan dan Perikanan',
    en: 'Agriculture, forestry and fishing',
    ms: 'Pertanian, perhutanan dan perikanan',
  },
  B: {
    id: 'Pertambangan dan Penggalian',
    en: 'Mining and quarrying',
    ms: 'Perlombongan dan pengkuarian',
  },
  C: {
    id: 'Industri Pengolahan',
    en: 'Manufacturing',
    ms: 'Pembuatan',
  },
  D: {
    id: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
    en: 'Electricity, gas, steam and air conditioning supply',
    ms: 'Bekalan elektrik, gas, wap dan pendingin udara',
  },
  E: {
    id: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi',
    en: 'Water supply; sewerage, waste management and remediation activities',
    ms: 'Bekalan air; pembetungan, pengurusan sisa dan aktiviti pemulihan',
  },
  F: {
    id: 'Konstruksi',
    en: 'Construction',
    ms: 'Pembinaan',
  },
  G: {
    id: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    ms: 'Perdagangan borong dan runcit; pembaikan kenderaan bermotor dan motosikal',
  },
  H: {
    id: 'Pengangkutan dan Pergudangan',
    en: 'Transportation and storage',
    ms: 'Pengangkutan dan penyimpanan',
  },
  I: {
    id: 'Penyediaan Akomodasi dan Penyediaan Makan Minum',
    en: 'Accommodation and food service activities',
    ms: 'Penginapan dan aktiviti perkhidmatan makanan dan minuman',
  },
  J: {
    id: 'Informasi dan Komunikasi',
    en: 'Information and communication',
    ms: 'Maklumat dan komunikasi',
  },
  K: {
    id: 'Aktivitas Keuangan dan Asuransi',
    en: 'Financial and insurance activities',
    ms: 'Aktiviti kewangan dan insurans/takaful',
  },
  L: {
    id: 'Real Estat',
    en: 'Real estate activities',
    ms: 'Aktiviti hartanah',
  },
  M: {
    id: 'Aktivitas Profesional, Ilmiah dan Teknis',
    en: 'Professional, scientific and technical activities',
    ms: 'Aktiviti profesional, saintifik dan teknikal',
  },
  N: {
    id: 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
    en: 'Administrative and support service activities',
    ms: 'Aktiviti pentadbiran dan khidmat sokongan',
  },
  O: {
    id: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    en: 'Public administration and defence; compulsory social security',
    ms: 'Pentadbiran awam dan pertahanan; aktiviti keselamatan sosial wajib',
  },
  P: {
    id: 'Pendidikan',
    en: 'Education',
    ms: 'Pendidikan',
  },
  Q: {
    id: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial',
    en: 'Human health and social work activities',
    ms: 'Aktiviti kesihatan kemanusiaan dan kerja sosial',
  },
  R: {
    id: 'Kesenian, Hiburan dan Rekreasi',
    en: 'Arts, entertainment and recreation',
    ms: 'Kesenian, hiburan dan rekreasi',
  },
  S: {
    id: 'Aktivitas Jasa Lainnya',
    en: 'Other service activities',
    ms: 'Aktiviti perkhidmatan lain',
  },
  T: {
    id: 'Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    ms: 'Aktiviti isi rumah sebagai majikan; aktiviti mengeluarkan barangan dan perkhidmatan yang tidak dapat dibezakan oleh isi rumah untuk kegunaan sendiri',
  },
  U: {
    id: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
    en: 'Activities of extraterritorial organizations and bodies',
    ms: 'Aktiviti badan dan pertubuhan luar wilayah',
  },
};

const DIVISION_LABELS: Record<DivisionCode, LocalisedLabel> = {
  A01: {
    id: 'Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI',
    en: 'Crop and animal production, hunting and related service activities',
    ms: 'Pengeluaran tanaman dan ternakan, pemburuan dan aktiviti perkhidmatan berkaitan',
  },
  A02: {
    id: 'Kehutanan dan Penebangan Kayu',
    en: 'Forestry and logging',
    ms: 'Perhutanan dan pembalakan',
  },
  A03: {
    id: 'Perikanan',
    en: 'Fishing and aquaculture',
    ms: 'Perikanan dan akuakultur',
  },
  B05: {
    id: 'Pertambangan Batu Bara dan Lignit',
    en: 'Mining of coal and lignite',
    ms: 'Perlombongan arang batu dan lignit',
  },
  B06: {
    id: 'Pertambangan Minyak Bumi dan Gas Alam dan Panas Bumi',
    en: 'Extraction of crude petroleum and natural gas',
    ms: 'Pengekstrakan petroleum mentah dan gas asli',
  },
  B07: {
    id: 'Pertambangan Bijih Logam',
    en: 'Mining of metal ores',
    ms: 'Perlombongan bijih logam',
  },
  B08: {
    id: 'Pertambangan dan Penggalian Lainnya',
    en: 'Other mining and quarrying',
    ms: 'Perlombongan dan pengkuarian lain',
  },
  B09: {
    id: 'Aktivitas Jasa Penunjang Pertambangan',
    en: 'Mining support service activities',
    ms: 'Aktiviti sokongan perkhidmatan perlombongan',
  },
  C10: {
    id: 'Industri Makanan',
    en: 'Manufacture of food products',
    ms: 'Pembuatan produk makanan',
  },
  C11: {
    id: 'Industri Minuman',
    en: 'Manufacture of beverages',
    ms: 'Pembuatan minuman',
  },
  C12: {
    id: 'Industri Pengolahan Tembakau',
    en: 'Manufacture of tobacco products',
    ms: 'Pembuatan produk tembakau',
  },
  C13: {
    id: 'Industri Tekstil',
    en: 'Manufacture of textiles',
    ms: 'Pembuatan tekstil',
  },
  C14: {
    id: 'Industri Pakaian Jadi',
    en: 'Manufacture of wearing apparel',
    ms: 'Pembuatan pakaian',
  },
  C15: {
    id: 'Industri Kulit, Barang dari Kulit dan Alas Kaki',
    en: 'Manufacture of leather and related products',
    ms: 'Pembuatan produk kulit dan barangan berkaitan',
  },
  C16: {
    id: 'Industri Kayu, Barang dari Kayu dan Gabus (Tidak Termasuk Furnitur) dan Barang Anyaman dari Bambu, Rotan dan Sejenisnya',
    en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    ms: 'Pembuatan kayu dan produk kayu dan gabus, kecuali perabot; pembuatan artikel daripada jerami dan bahan anyaman',
  },
  C17: {
    id: 'Industri Kertas dan Barang dari Kertas',
    en: 'Manufacture of paper and paper products',
    ms: 'Pembuatan kertas dan produk kertas',
  },
  C18: {
    id: 'Industri Pencetakan dan Reproduksi Media Rekaman',
    en: 'Printing and reproduction of recorded media',
    ms: 'Percetakan dan penerbitan semula media rakaman',
  },
  C19: {
    id: 'Industri Produk dari Batu Bara dan Pengilangan Minyak Bumi',
    en: 'Manufacture of coke and refined petroleum products',
    ms: 'Pembuatan kok dan produk petroleum bertapis',
  },
  C20: {
    id: 'Industri Bahan Kimia dan Barang dari Bahan Kimia',
    en: 'Manufacture of chemicals and chemical products',
    ms: 'Pembuatan kimia dan produk kimia',
  },
  C21: {
    id: 'Industri Farmasi, Produk Obat Kimia dan Obat Tradisional',
    en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    ms: 'Pembuatan produk farmaseutikal asas, kimia perubatan dan botani',
  },
  C22: {
    id: 'Industri Karet, Barang dari Karet dan Plastik',
    en: 'Manufacture of rubber and plastics products',
    ms: 'Pembuatan produk getah dan plastik',
  },
  C23: {
    id: 'Industri Barang Galian Bukan Logam',
    en: 'Manufacture of other non-metallic mineral products',
    ms: 'Pembuatan produk galian bukan logam lain',
  },
  C24: {
    id: 'Industri Logam Dasar',
    en: 'Manufacture of basic metals',
    ms: 'Pembuatan logam asas',
  },
  C25: {
    id: 'Industri Barang Logam, Bukan Mesin dan Peralatannya',
    en: 'Manufacture of fabricated metal products, except machinery and equipment',
    ms: 'Pembuatan produk logam, kecuali jentera dan kelengkapan',
  },
  C26: {
    id: 'Industri Komputer, Barang Elektronik dan Optik',
    en: 'Manufacture of computer, electronic and optical products',
    ms: 'Pembuatan komputer, produk elektronik dan optikal',
  },
  C27: {
    id: 'Industri Peralatan Listrik',
    en: 'Manufacture of electrical equipment',
    ms: 'Pembuatan kelengkapan elektrik',
  },
  C28: {
    id: 'Industri Mesin dan Perlengkapan YTDL',
    en: 'Manufacture of machinery and equipment n.e.c.',
    ms: 'Pembuatan jentera dan peralatan t.t.t.l.',
  },
  C29: {
    id: 'Industri Kendaraan Bermotor, Trailer dan Semi Trailer',
    en: 'Manufacture of motor vehicles, trailers and semi-trailers',
    ms: 'Pembuatan kenderaan bermotor, treler dan semi treler',
  },
  C30: {
    id: 'Industri Alat Angkutan Lainnya',
    en: 'Manufacture of other transport equipment',
    ms: 'Pembuatan kelengkapan pengangkutan lain',
  },
  C31: {
    id: 'Industri Furnitur',
    en: 'Manufacture of furniture',
    ms: 'Pembuatan perabot',
  },
  C32: {
    id: 'Industri Pengolahan Lainnya',
    en: 'Other manufacturing',
    ms: 'Pembuatan lain',
  },
  C33: {
    id: 'Reparasi dan Pemasangan Mesin dan Peralatan',
    en: 'Repair and installation of machinery and equipment',
    ms: 'Pembaikan dan pemasangan jentera dan kelengkapan',
  },
  D35: {
    id: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
    en: 'Electricity, gas, steam and air conditioning supply',
    ms: 'Bekalan elektrik, gas, wap dan pendingin udara',
  },
  E36: {
    id: 'Treatment Air',
    en: 'Water collection, treatment and supply',
    ms: 'Penakungan, perawatan dan bekalan air',
  },
  E37: {
    id: 'Treatment Air Limbah',
    en: 'Sewerage',
    ms: 'Pembetungan',
  },
  E38: {
    id: 'Pengumpulan, Treatment dan Pembuangan Limbah dan Sampah serta Aktivitas Pemulihan Material',
    en: 'Waste collection, treatment and disposal activities; materials recovery',
    ms: 'Aktiviti pengumpulan, rawatan dan pelupusan sisa; pemulihan semula bahan',
  },
  E39: {
    id: 'Aktivitas Remediasi dan Pengelolaan Limbah dan Sampah Lainnya',
    en: 'Remediation activities and other waste management services',
    ms: 'Aktiviti pemulihan dan lain-lain perkhidmatan pengurusan sisa',
  },
  F41: {
    id: 'Konstruksi Gedung',
    en: 'Construction of buildings',
    ms: 'Pembinaan bangunan',
  },
  F42: {
    id: 'Konstruksi Bangunan Sipil',
    en: 'Civil engineering',
    ms: 'Kejuruteraan awam',
  },
  F43: {
    id: 'Konstruksi Khusus',
    en: 'Specialized construction activities',
    ms: 'Aktiviti pembinaan pertukangan khas',
  },
  G45: {
    id: 'Perdagangan, Reparasi dan Perawatan Mobil dan Sepeda Motor',
    en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    ms: 'Perdagangan borong dan runcit dan pembaikan kenderaan bermotor dan motosikal',
  },
  G46: {
    id: 'Perdagangan Besar, Bukan Mobil dan Sepeda Motor',
    en: 'Wholesale trade, except of motor vehicles and motorcycles',
    ms: 'Perdagangan borong, kecuali kenderaan bermotor dan motosikal',
  },
  G47: {
    id: 'Perdagangan Eceran, Bukan Mobil dan Motor',
    en: 'Retail trade, except of motor vehicles and motorcycles',
    ms: 'Perdagangan runcit, kecuali kenderaan bermotor dan motosikal',
  },
  H49: {
    id: 'Angkutan Darat dan Angkutan Melalui Saluran Pipa',
    en: 'Land transport and transport via pipelines',
    ms: 'Pengangkutan darat dan pengangkutan melalui saluran paip',
  },
  H50: {
    id: 'Angkutan Perairan',
    en: 'Water transport',
    ms: 'Pengangkutan air',
  },
  H51: {
    id: 'Angkutan Udara',
    en: 'Air transport',
    ms: 'Pengangkutan udara',
  },
  H52: {
    id: 'Pergudangan dan Aktivitas Penunjang Angkutan',
    en: 'Warehousing and support activities for transportation',
    ms: 'Penggudangan dan aktiviti sokongan untuk pengangkutan',
  },
  H53: {
    id: 'Aktivitas Pos dan Kurir',
    en: 'Postal and courier activities',
    ms: 'Perkhidmatan pos dan kurier',
  },
  I55: {
    id: 'Penyediaan Akomodasi',
    en: 'Accommodation',
    ms: 'Penginapan',
  },
  I56: {
    id: 'Penyediaan Makanan dan Minuman',
    en: 'Food and beverage service activities',
    ms: 'Aktiviti perkhidmatan makanan dan minuman',
  },
  J58: {
    id: 'Aktivitas Penerbitan',
    en: 'Publishing activities',
    ms: 'Aktiviti penerbitan',
  },
  J59: {
    id: 'Aktivitas Produksi Gambar Bergerak, Video dan Program Televisi, Perekaman Suara dan Penerbitan Musik',
    en: 'Motion picture, video and television programme production, sound recording and music publishing activities',
    ms: 'Aktiviti penerbitan wayang gambar, video dan program televisyen, rakaman bunyi dan penerbitan muzik',
  },
  J60: {
    id: 'Aktivitas Penyiaran dan Pemrograman',
    en: 'Programming and broadcasting activities',
    ms: 'Aktiviti pemprograman dan penyiaran',
  },
  J61: {
    id: 'Telekomunikasi',
    en: 'Telecommunications',
    ms: 'Telekomunikasi',
  },
  J62: {
    id: 'Aktivitas Pemrograman, Konsultasi Komputer dan Kegiatan YBDI',
    en: 'Computer programming, consultancy and related activities',
    ms: 'Pengaturcaraan komputer, perundingan dan aktiviti yang berkaitan',
  },
  J63: {
    id: 'Aktivitas Jasa Informasi',
    en: 'Information service activities',
    ms: 'Aktiviti perkhidmatan maklumat',
  },
  K64: {
    id: 'Aktivitas Jasa Keuangan, Bukan Asuransi dan Dana Pensiun',
    en: 'Financial service activities, except insurance and pension funding',
    ms: 'Aktiviti perkhidmatan kewangan, kecuali insurans/takaful dan tabungan pencen',
  },
  K65: {
    id: 'Asuransi, Penjaminan, Reasuransi dan Dana Pensiun, Bukan Jaminan Sosial Wajib',
    en: 'Insurance, reinsurance and pension funding, except compulsory social security',
    ms: 'Insurans/takaful, insurans/takaful semula dan tabungan pencen, kecuali keselamatan sosial wajib',
  },
  K66: {
    id: 'Aktivitas Penunjang Jasa Keuangan, Asuransi, Penjaminan dan Dana Pensiun',
    en: 'Activities auxiliary to financial service and insurance activities',
    ms: 'Aktiviti sokongan kepada perkhidmatan kewangan dan aktiviti insurans/takaful',
  },
  L68: {
    id: 'Real Estat',
    en: 'Real estate activities',
    ms: 'Aktiviti hartanah',
  },
  M69: {
    id: 'Aktivitas Hukum dan Akuntansi',
    en: 'Legal and accounting activities',
    ms: 'Aktiviti guaman dan perakaunan',
  },
  M70: {
    id: 'Aktivitas Kantor Pusat dan Konsultasi Manajemen',
    en: 'Activities of head offices; management consultancy activities',
    ms: 'Aktiviti ibu pejabat; aktiviti perundingan pengurusan',
  },
  M71: {
    id: 'Aktivitas Arsitektur dan Keinsinyuran; Analisis dan Uji Teknis',
    en: 'Architectural and engineering activities; technical testing and analysis',
    ms: 'Aktiviti arkitek dan kejuruteraan; ujian teknikal dan analisis',
  },
  M72: {
    id: 'Penelitian dan Pengembangan Ilmu Pengetahuan',
    en: 'Scientific research and development',
    ms: 'Penyelidikan dan pembangunan saintifik',
  },
  M73: {
    id: 'Periklanan dan Penelitian Pasar',
    en: 'Advertising and market research',
    ms: 'Pengiklanan dan penyelidikan pasaran',
  },
  M74: {
    id: 'Aktivitas Profesional, Ilmiah dan Teknis Lainnya',
    en: 'Other professional, scientific and technical activities',
    ms: 'Aktiviti profesional, saintifik dan teknikal lain',
  },
  M75: {
    id: 'Aktivitas Kesehatan Hewan',
    en: 'Veterinary activities',
    ms: 'Aktiviti veterinar',
  },
  N77: {
    id: 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi',
    en: 'Rental and leasing activities',
    ms: 'Aktiviti sewaan dan pajakan',
  },
  N78: {
    id: 'Aktivitas Ketenagakerjaan',
    en: 'Employment activities',
    ms: 'Aktiviti pekerjaan',
  },
  N79: {
    id: 'Aktivitas Agen Perjalanan, Penyelenggara Tur dan Jasa Reservasi Lainnya',
    en: 'Travel agency, tour operator, reservation service and related activities',
    ms: 'Agensi pengembaraan, operator pelancongan, khidmat penempahan dan aktiviti berkaitan',
  },
  N80: {
    id: 'Aktivitas Keamanan dan Penyelidikan',
    en: 'Security and investigation activities',
    ms: 'Aktiviti keselamatan dan penyiasatan',
  },
  N81: {
    id: 'Aktivitas Penyedia Jasa untuk Gedung dan Pertamanan',
    en: 'Services to buildings and landscape activities',
    ms: 'Aktiviti perkhidmatan bangunan dan landskap',
  },
  N82: {
    id: 'Aktivitas Administrasi Kantor, Aktivitas Penunjang Kantor dan Aktivitas Penunjang Usaha Lainnya',
    en: 'Office administrative, office support and other business support activities',
    ms: 'Aktiviti pentadbiran pejabat, sokongan pejabat dan sokongan perniagaan lain',
  },
  O84: {
    id: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    en: 'Public administration and defence; compulsory social security',
    ms: 'Pentadbiran awam dan pertahanan; aktiviti keselamatan sosial wajib',
  },
  P85: {
    id: 'Pendidikan',
    en: 'Education',
    ms: 'Pendidikan',
  },
  Q86: {
    id: 'Aktivitas Kesehatan Manusia',
    en: 'Human health activities',
    ms: 'Aktiviti kesihatan kemanusiaan',
  },
  Q87: {
    id: 'Aktivitas Sosial di Dalam Panti',
    en: 'Residential care activities',
    ms: 'Aktiviti rumah penjagaan',
  },
  Q88: {
    id: 'Aktivitas Sosial Tanpa Akomodasi',
    en: 'Social work activities without accommodation',
    ms: 'Aktiviti kerja sosial tanpa penginapan',
  },
  R90: {
    id: 'Aktivitas Hiburan, Kesenian dan Kreativitas',
    en: 'Creative, arts and entertainment activities',
    ms: 'Aktiviti kesenian, hiburan dan kreatif',
  },
  R91: {
    id: 'Perpustakaan, Arsip, Museum dan Kegiatan Kebudayaan Lainnya',
    en: 'Libraries, archives, museums and other cultural activities',
    ms: 'Aktiviti perpustakaan, arkib, muzium dan kebudayaan lain',
  },
  R92: {
    id: 'Aktivitas Perjudian dan Pertaruhan',
    en: 'Gambling and betting activities',
    ms: 'Aktiviti perjudian dan pertaruhan',
  },
  R93: {
    id: 'Aktivitas Olahraga dan Rekreasi Lainnya',
    en: 'Sports activities and amusement and recreation activities',
    ms: 'Aktiviti sukan dan aktiviti hiburan dan rekreasi',
  },
  S94: {
    id: 'Aktivitas Keanggotaan Organisasi',
    en: 'Activities of membership organizations',
    ms: 'Aktiviti keahlian organisasi',
  },
  S95: {
    id: 'Reparasi Komputer dan Barang Keperluan Pribadi dan Perlengkapan Rumah Tangga',
    en: 'Repair of computers and personal and household goods',
    ms: 'Pembaikan komputer dan barangan persendirian dan isi rumah',
  },
  S96: {
    id: 'Aktivitas Jasa Perorangan Lainnya',
    en: 'Other personal service activities',
    ms: 'Aktiviti perkhidmatan persendirian lain',
  },
  T97: {
    id: 'Aktivitas Rumah Tangga sebagai Pemberi Kerja dari Personil Domestik',
    en: 'Activities of households as employers of domestic personnel',
    ms: 'Aktiviti isi rumah sebagai majikan bagi personel domestik',
  },
  T98: {
    id: 'Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    en: 'Undifferentiated goods- and services-producing activities of private households for own use',
    ms: 'Aktiviti mengeluarkan barangan dan perkhidmatan yang tidak dapat dibezakan oleh isi rumah persendirian untuk kegunaan sendiri',
  },
  U99: {
    id: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
    en: 'Activities of extraterritorial organizations and bodies',
    ms: 'Aktiviti badan dan pertubuhan luar wilayah',
  },
};

export const SECTIONS: readonly Section[] = Object.freeze(
  SECTION_CODES.map((code): Section => freezeEntry({ level: 'section', code, label: SECTION_LABELS[code] })),
);

export const DIVISIONS: readonly Division[] = Object.freeze(
  DIVISION_CODES.map(
    (code): Division =>
      freezeEntry({
        level: 'division',
        code,
        section: code.charAt(0) as SectionCode,
        isic: code.slice(1),
        label: DIVISION_LABELS[code],
      }),
  ),
);

/** Every section followed by its divisions (A, A01, A02, A03, B, B05, …): the order of a sector picker. */
export const SECTORS: readonly Sector[] = Object.freeze(
  SECTIONS.flatMap((section): Sector[] => [section, ...DIVISIONS.filter((division) => division.section === section.code)]),
);

const sectorsByCode = indexByCode(SECTORS);
const divisionsBySection: ReadonlyMap<string, readonly Division[]> = new Map(
  SECTIONS.map((section) => [section.code, Object.freeze(DIVISIONS.filter((d) => d.section === section.code))]),
);

export function isSectionCode(code: string): code is SectionCode {
  return sectorsByCode.get(code)?.level === 'section';
}

export function isDivisionCode(code: string): code is DivisionCode {
  return sectorsByCode.get(code)?.level === 'division';
}

export function isSectorCode(code: string): code is SectorCode {
  return sectorsByCode.has(code);
}

/** The section or division with this code (`C` or `C10`), or undefined for an unknown code. */
export function findSector(code: string): Sector | undefined {
  return sectorsByCode.get(code);
}

export function findSection(code: string): Section | undefined {
  const sector = sectorsByCode.get(code);
  return sector?.level === 'section' ? sector : undefined;
}

export function findDivision(code: string): Division | undefined {
  const sector = sectorsByCode.get(code);
  return sector?.level === 'division' ? sector : undefined;
}

/** The section a sector code belongs to: `sectionOf('C10') === 'C'`, `sectionOf('C') === 'C'`. */
export function sectionOf(code: SectorCode): SectionCode;
export function sectionOf(code: string): SectionCode | undefined;
export function sectionOf(code: string): SectionCode | undefined {
  const sector = sectorsByCode.get(code);
  if (!sector) return undefined;
  return sector.level === 'section' ? sector.code : sector.section;
}

/** The divisions of a section, in ISIC order; empty for an unknown section. */
export function divisionsOf(section: string): readonly Division[] {
  return divisionsBySection.get(section) ?? [];
}

export const sectionCodeSchema = z.enum(SECTION_CODES);
export const divisionCodeSchema = z.enum(DIVISION_CODES);
/** A section (`C`) or a division (`C10`). */
export const sectorCodeSchema = z.enum(SECTOR_CODES);
