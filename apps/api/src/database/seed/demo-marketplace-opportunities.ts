import type { CreateOpportunityRequest } from '@serumpun/shared';

/**
 * Demo opportunities as their posters would write them: in Indonesian, Malay or English, spread over
 * Borneo, Java and Sumatra. Keyed by owner and title, so seeding twice adds nothing. Made up, all of them.
 */
export interface DemoOpportunity extends CreateOpportunityRequest {
  owner: string;
}

type Amount = [string, 'IDR' | 'MYR' | 'BND' | 'SGD' | 'USD'];
const money = ([amount, currency]: Amount) => ({ amount, currency });

function o(
  owner: string,
  title: string,
  summary: string,
  description: string,
  rest: Omit<DemoOpportunity, 'owner' | 'title' | 'summary' | 'description' | 'amount'> & { amount: Amount },
): DemoOpportunity {
  return { owner, title, summary, description, ...rest, amount: money(rest.amount), status: rest.status ?? 'published' };
}

const KB = 'business@demo.serumpun.id';
const at = (name: string) => `${name}@demo.serumpun.id`;

export const DEMO_OPPORTUNITIES: readonly DemoOpportunity[] = [
  // --- Kalimantan Barat -------------------------------------------------------------------------
  o(KB, 'Perluasan pabrik sangrai kopi liberika Kayong Utara', 'Mesin sangrai 60 kg, gudang kering dan sertifikasi untuk menggandakan ekspor kopi liberika gambut.',
    'Kapasitas sangrai kami saat ini 12 ton per bulan dan selalu habis dipesan kafe di Pontianak, Kuching dan Jakarta. Dana dipakai untuk mesin sangrai 60 kg, gudang kering berkapasitas 80 ton biji hijau, serta sertifikasi organik. Pasokan dijamin kontrak dengan 320 petani dan dua koperasi di Kayong Utara dan Ketapang.',
    { sectorCode: 'C10', regionCode: 'ID-KB', amount: ['7500000000.00', 'IDR'], instruments: ['equity', 'convertible'], stage: 'growth',
      sustainability: { environmental: 'Kebun kopi tumbuh di lahan gambut yang sudah dibuka puluhan tahun lalu; tanpa pembukaan hutan baru, dan kanal dijaga agar gambut tetap basah.', social: 'Harga beli di atas pasar untuk petani mitra dan pelatihan pascapanen bagi kelompok perempuan.', tags: ['no_deforestation', 'community_benefit'] } }),
  o(KB, 'Kedai kopi liberika di Kuching dan Bandar Seri Begawan', 'Dua gerai percontohan untuk membawa kopi liberika Kalimantan ke pasar Sarawak dan Brunei.',
    'Kami mencari mitra usaha patungan di Kuching dan Bandar Seri Begawan untuk membuka kedai kopi bermerek dengan biji dari kebun mitra kami. Mitra menyediakan lokasi dan perizinan setempat; kami memasok biji, resep dan pelatihan barista.',
    { sectorCode: 'I56', regionCode: 'ID-KB', amount: ['150000.00', 'USD'], instruments: ['joint_venture'], stage: 'early_revenue', sustainability: { tags: ['halal', 'community_benefit'] } }),
  o(KB, 'Pembiayaan stok biji kopi musim panen', 'Modal kerja untuk membeli panen raya Mei–Agustus langsung dari petani.',
    'Setiap musim panen kami kekurangan modal untuk membeli seluruh hasil petani mitra, sehingga sebagian dijual ke tengkulak dengan harga rendah. Pembiayaan perdagangan enam bulan dengan jaminan stok di gudang akan menutup kebutuhan ini.',
    { sectorCode: 'C10', regionCode: 'ID-KB', amount: ['2500000000.00', 'IDR'], instruments: ['trade_finance', 'debt'], stage: 'growth' }),
  o(KB, 'Lini kopi siap minum dalam kaleng (draf)', 'Uji pasar minuman kopi liberika siap minum untuk minimarket di Kalimantan.',
    'Masih kami susun: kajian kelayakan, pemasok kaleng dan mitra maklon di Surabaya. Belum siap dibagikan kepada investor.',
    { sectorCode: 'C11', regionCode: 'ID-KB', amount: ['4000000000.00', 'IDR'], instruments: ['equity'], stage: 'idea', status: 'draft' }),

  o(at('sawit.ketapang'), 'Hilirisasi kelapa sawit: pabrik minyak goreng 500 ton per hari di Ketapang', 'Refinery dan pengemasan minyak goreng di samping PKS kami, memotong biaya angkut CPO ke Jawa.',
    'Kabupaten Ketapang menghasilkan lebih dari 2 juta ton CPO per tahun, namun hampir semuanya dikirim mentah ke Dumai atau Jawa. Kami akan membangun refinery 500 ton per hari beserta lini pengemasan minyak goreng untuk pasar Kalimantan, Sarawak dan Brunei. Lahan dan izin lingkungan sudah tersedia; kami mencari mitra ekuitas atau usaha patungan.',
    { sectorCode: 'C10', regionCode: 'ID-KB', amount: ['1200000000000.00', 'IDR'], instruments: ['joint_venture', 'equity', 'debt'], stage: 'greenfield',
      sustainability: { environmental: 'Hanya TBS dari kebun bersertifikat ISPO dan RSPO tanpa deforestasi setelah 2015; limbah cair diolah menjadi biogas.', social: 'Sekitar 400 lapangan kerja baru di Ketapang.', tags: ['no_deforestation', 'halal', 'low_carbon'] } }),
  o(at('sawit.ketapang'), 'Biogas dari limbah cair PKS untuk listrik desa', 'Penangkap metana 1,2 MW di kolam POME, listrik dijual ke PLN dan desa sekitar.',
    'Kolam limbah cair pabrik kelapa sawit kami melepas metana ke udara. Reaktor tertutup dan mesin gas 1,2 MW akan menangkapnya, memenuhi kebutuhan listrik pabrik dan memasok kelebihannya ke jaringan desa. Kami terbuka untuk pinjaman hijau atau mitra ekuitas.',
    { sectorCode: 'D35', regionCode: 'ID-KB', amount: ['3200000.00', 'USD'], instruments: ['debt', 'equity'], stage: 'brownfield',
      sustainability: { environmental: 'Mengurangi sekitar 18.000 ton CO2e per tahun.', tags: ['renewable_energy', 'low_carbon', 'circular_economy'] } }),
  o(at('sawit.ketapang'), 'Kontrak offtake oleokimia: asam lemak dari Ketapang', 'Kami mencari pembeli jangka panjang untuk 30.000 ton asam lemak per tahun.',
    'Unit fraksinasi dan splitting direncanakan setelah refinery beroperasi. Kontrak offtake lima tahun dengan pembeli industri sabun, kosmetik atau pakan akan menjadi dasar pembiayaan proyek.',
    { sectorCode: 'C20', regionCode: 'ID-KB', amount: ['45000000.00', 'USD'], instruments: ['offtake'], stage: 'greenfield', sustainability: { tags: ['no_deforestation'] } }),

  o(at('alumina.mempawah'), 'Smelter grade alumina refinery near Kijing port, Mempawah', 'Phase one: 1 million tonnes a year of smelter grade alumina from West Kalimantan bauxite.',
    'Indonesia stopped exporting raw bauxite in 2023; refining it locally is now the only way to market. Our site lies 12 km from the Kijing deep-sea port with land titles secured and an AMDAL approved. We seek an equity partner with refining experience and long-term offtake from an aluminium smelter.',
    { sectorCode: 'C24', regionCode: 'ID-KB', amount: ['850000000.00', 'USD'], instruments: ['joint_venture', 'equity', 'offtake'], stage: 'greenfield',
      sustainability: { environmental: 'Red mud dry-stacked and the site rehabilitated progressively; no mining in primary forest.', social: 'Local hiring quota of 60% and a vocational school with the Mempawah regency.', tags: ['community_benefit'] } }),
  o(at('alumina.mempawah'), 'Tambang bauksit Sanggau: peralatan pencucian dan pengeringan', 'Unit washing plant untuk menaikkan kadar bauksit sebelum dikirim ke refinery.',
    'Mitra IUP kami di Sanggau membutuhkan washing plant berkapasitas 3 juta ton per tahun. Pembiayaan peralatan dengan skema sewa guna usaha atau pinjaman lima tahun.',
    { sectorCode: 'B07', regionCode: 'ID-KB', amount: ['18000000.00', 'USD'], instruments: ['debt'], stage: 'brownfield',
      sustainability: { environmental: 'Air cucian disirkulasi ulang; reklamasi lahan bekas tambang ditanami sengon dan karet.', tags: ['water_stewardship'] } }),

  o(at('logistik.kijing'), 'Gudang dan lapangan penumpukan di kawasan Pelabuhan Kijing', 'Gudang 20.000 m² dan lapangan penumpukan 5 hektare untuk ekspor dari Kalimantan Barat.',
    'Sejak Pelabuhan Kijing beroperasi, eksportir CPO, karet dan bauksit di Kalimantan Barat tidak lagi harus lewat Jakarta. Namun fasilitas pendukung di sekitar pelabuhan masih kurang. Kami akan membangun gudang umum, gudang berikat dan lapangan penumpukan peti kemas di lahan 12 hektare yang sudah kami kuasai.',
    { sectorCode: 'H52', regionCode: 'ID-KB', amount: ['310000000000.00', 'IDR'], instruments: ['equity', 'debt', 'joint_venture'], stage: 'greenfield' }),
  o(at('logistik.kijing'), 'Armada truk listrik untuk rute Kijing–Pontianak', 'Dua puluh truk listrik dan stasiun pengisian di depo Mempawah.',
    'Rute 80 km antara Pelabuhan Kijing dan Pontianak ideal untuk truk listrik. Kami mengajukan sewa pembiayaan armada dan kemitraan dengan pemasok truk.',
    { sectorCode: 'H49', regionCode: 'ID-KB', amount: ['2800000.00', 'USD'], instruments: ['debt', 'trade_finance'], stage: 'growth', sustainability: { tags: ['low_carbon'] } }),

  o(at('mangrove.kuburaya'), 'Ekowisata mangrove Batu Ampar: dermaga, jalur susur dan homestay', 'Infrastruktur wisata milik desa di hutan mangrove terluas Kalimantan Barat.',
    'Wisatawan dari Pontianak dan Kuching makin banyak datang, tetapi dermaga kami rusak dan homestay terbatas. Dana untuk dermaga apung, 3 km jalur papan, enam homestay dan perahu listrik. Keuntungan dibagi kepada anggota koperasi dan dana konservasi desa.',
    { sectorCode: 'N79', regionCode: 'ID-KB', amount: ['3000000000.00', 'IDR'], instruments: ['equity', 'grant'], stage: 'pre_revenue',
      sustainability: { environmental: 'Zona inti mangrove dilindungi peraturan desa; perahu listrik untuk jalur susur.', social: 'Seluruh pemandu dan pengelola homestay warga desa.', tags: ['community_benefit', 'biodiversity', 'indigenous_rights'] } }),
  o(at('mangrove.kuburaya'), 'Karbon biru: restorasi 1.000 hektare mangrove Kubu Raya', 'Program restorasi berbasis masyarakat dengan kredit karbon terverifikasi.',
    'Kami mencari mitra pendanaan atau pembeli kredit karbon untuk menanam kembali mangrove di bekas tambak terlantar. Proyek dirancang mengikuti standar Verra dengan pemantauan satelit.',
    { sectorCode: 'A02', regionCode: 'ID-KB', amount: ['1500000.00', 'USD'], instruments: ['grant', 'offtake'], stage: 'idea', sustainability: { tags: ['biodiversity', 'community_benefit', 'low_carbon'] } }),

  o(at('samudra.sambas'), 'Cold storage dan pabrik es untuk nelayan Pemangkat', 'Gudang beku 500 ton dan pabrik es balok di pelabuhan perikanan Pemangkat, Sambas.',
    'Hasil tangkapan nelayan Pemangkat sering rusak sebelum sampai ke pembeli karena kekurangan es. Pabrik es 40 ton per hari dan cold storage 500 ton akan menaikkan harga jual nelayan dan membuka ekspor ikan beku ke Kuching.',
    { sectorCode: 'H52', regionCode: 'ID-KB', amount: ['12000000000.00', 'IDR'], instruments: ['debt', 'equity'], stage: 'growth', sustainability: { tags: ['community_benefit'] } }),
  o(at('samudra.sambas'), 'Pengolahan ikan asin dan kerupuk ikan bersertifikat halal', 'Lini pengolahan higienis untuk produk olahan ikan khas Sambas.',
    'Produk kami sudah laku di pasar Pontianak dan perbatasan Aruk. Dengan rumah produksi bersertifikat halal dan BPOM, kami bisa masuk ritel modern dan ekspor ke Sarawak.',
    { sectorCode: 'C10', regionCode: 'ID-KB', amount: ['1800000000.00', 'IDR'], instruments: ['equity', 'debt'], stage: 'early_revenue', sustainability: { tags: ['halal', 'gender_inclusion'] } }),

  o(at('ketapang.energi'), 'KPBU PLTS hibrid untuk 40 desa di Kabupaten Ketapang', 'Kerja sama pemerintah dan badan usaha: listrik 24 jam bagi desa yang kini memakai genset.',
    'Empat puluh desa di hulu Ketapang hanya mendapat listrik 6 jam sehari dari genset diesel. Pemerintah kabupaten menawarkan skema KPBU dengan pembayaran ketersediaan layanan selama 20 tahun untuk PLTS hibrid dengan baterai.',
    { sectorCode: 'D35', regionCode: 'ID-KB', amount: ['24000000.00', 'USD'], instruments: ['ppp', 'debt'], stage: 'greenfield',
      sustainability: { environmental: 'Menggantikan sekitar 5 juta liter solar per tahun.', tags: ['renewable_energy', 'low_carbon', 'community_benefit'] } }),
  o(at('ketapang.energi'), 'Instalasi pengolahan air minum Kota Ketapang', 'Peningkatan kapasitas IPA dari 150 ke 400 liter per detik.',
    'Cakupan air bersih perpipaan di Kota Ketapang baru 55%. Proyek ini menambah unit pengolahan, reservoir dan 60 km pipa distribusi, dengan skema KPBU atau pinjaman daerah.',
    { sectorCode: 'E36', regionCode: 'ID-KB', amount: ['210000000000.00', 'IDR'], instruments: ['ppp', 'debt'], stage: 'brownfield', sustainability: { tags: ['water_stewardship', 'community_benefit'] } }),

  // --- Kalimantan Tengah, Selatan, Timur, Utara --------------------------------------------------
  o(at('surya.kahayan'), 'PLTS terapung 8 MWp di danau bekas tambang Kalimantan Tengah', 'Panel surya terapung di danau bekas tambang, listrik dijual ke smelter terdekat.',
    'Kami telah menandatangani nota kesepahaman jual beli listrik dengan pengguna industri. Danau bekas tambang seluas 30 hektare menjadi lokasi ideal tanpa alih fungsi lahan.',
    { sectorCode: 'D35', regionCode: 'ID-KT', amount: ['7200000.00', 'USD'], instruments: ['equity', 'debt'], stage: 'greenfield', sustainability: { tags: ['renewable_energy', 'low_carbon'] } }),
  o(at('surya.kahayan'), 'Sewa PLTS atap untuk pabrik karet di Palangka Raya', 'Skema tanpa modal awal: pabrik membayar per kWh, kami memasang dan merawat.',
    'Portofolio awal 12 pabrik dan gudang dengan total 3,5 MWp sudah siap kontrak. Kami mencari ekuitas untuk mempercepat pemasangan.',
    { sectorCode: 'D35', regionCode: 'ID-KT', amount: ['42000000000.00', 'IDR'], instruments: ['equity'], stage: 'early_revenue', sustainability: { tags: ['renewable_energy'] } }),

  o(at('data.timur'), 'Edge data centre 2 MW di Balikpapan', 'Pusat data Tier III pertama di Kalimantan Timur untuk industri dan pemerintahan di sekitar IKN.',
    'Latensi ke Jakarta dan Singapura menjadi kendala bagi industri migas, tambang dan instansi pemerintah di Kalimantan Timur. Kami membangun pusat data 2 MW dengan pasokan listrik hijau, dan telah mendapat komitmen sewa dari dua pelanggan besar.',
    { sectorCode: 'J63', regionCode: 'ID-KI', amount: ['28000000.00', 'USD'], instruments: ['equity', 'debt'], stage: 'greenfield', sustainability: { tags: ['renewable_energy'] } }),
  o(at('data.timur'), 'Layanan cloud pemerintah daerah berbahasa Indonesia', 'Aplikasi perizinan dan layanan publik berbasis cloud untuk kabupaten di Kalimantan.',
    'Sebelas pemerintah kabupaten sudah memakai versi percontohan. Pendanaan seri A untuk tim produk dan penjualan.',
    { sectorCode: 'J62', regionCode: 'ID-KI', amount: ['3000000.00', 'USD'], instruments: ['equity', 'convertible'], stage: 'early_revenue' }),

  o(at('halal.banua'), 'Pabrik makanan beku halal kedua di Banjarbaru', 'Soto banjar, ketupat kandangan dan amplang beku untuk pasar Brunei, Sabah dan Jakarta.',
    'Permintaan dari distributor di Brunei dan Sabah melebihi kapasitas kami. Pabrik kedua dengan blast freezer dan lini retort akan menaikkan kapasitas tiga kali lipat. Seluruh produk bersertifikat halal MUI dan telah terdaftar di Brunei.',
    { sectorCode: 'C10', regionCode: 'ID-KS', amount: ['35000000000.00', 'IDR'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['halal', 'gender_inclusion'] } }),
  o(at('halal.banua'), 'Pembiayaan ekspor makanan halal ke Brunei Darussalam', 'Trade finance untuk pesanan tetap distributor di Bandar Seri Begawan.',
    'Kontrak pembelian setahun sudah ditandatangani; kami membutuhkan pembiayaan modal kerja dan letter of credit.',
    { sectorCode: 'C10', regionCode: 'ID-KS', amount: ['650000.00', 'USD'], instruments: ['trade_finance'], stage: 'growth', sustainability: { tags: ['halal'] } }),

  o(at('tambak.tarakan'), 'Silvofishery udang windu 300 hektare di Bulungan', 'Tambak ramah mangrove untuk udang windu organik bersertifikat ekspor.',
    'Model silvofishery kami mempertahankan 70% tutupan mangrove di tambak dan menghasilkan udang windu organik dengan harga premium di Jepang. Perluasan 300 hektare bersama 150 petambak plasma.',
    { sectorCode: 'A03', regionCode: 'ID-KU', amount: ['4500000.00', 'USD'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['biodiversity', 'community_benefit', 'no_deforestation'] } }),
  o(at('tambak.tarakan'), 'Unit pembenihan kepiting bakau Tarakan', 'Hatchery kepiting bakau agar petambak tidak lagi mengambil benih dari alam.',
    'Benih kepiting masih diambil dari alam dan makin langka. Hatchery dengan kapasitas 2 juta benih per tahun menjamin pasokan dan menjaga populasi liar.',
    { sectorCode: 'A03', regionCode: 'ID-KU', amount: ['9000000000.00', 'IDR'], instruments: ['equity', 'grant'], stage: 'pre_revenue', sustainability: { tags: ['biodiversity'] } }),

  // --- Sarawak, Sabah, Labuan --------------------------------------------------------------------
  o(at('betong.agro'), 'Ladang kopi liberika Sarawak bersama pekebun kecil Betong', 'Pembangunan pusat pemprosesan kopi liberika untuk 200 pekebun kecil di Betong.',
    'Kopi liberika Sarawak semakin dicari kafe di Kuching dan Kuala Lumpur. Projek ini membina pusat pengeringan, pengupasan dan penyangraian supaya pekebun kecil dapat menjual biji bermutu tinggi pada harga yang lebih baik.',
    { sectorCode: 'A01', regionCode: 'MY-13', amount: ['2000000.00', 'MYR'], instruments: ['equity', 'grant'], stage: 'early_revenue',
      sustainability: { social: 'Pekebun kecil Iban dan Melayu memiliki 30% saham pusat pemprosesan.', tags: ['community_benefit', 'indigenous_rights'] } }),
  o(at('betong.agro'), 'Kilang pemprosesan lada putih Sarawak', 'Kilang moden untuk lada putih gred eksport dengan pensijilan keselamatan makanan.',
    'Lada Sarawak terkenal di pasaran antarabangsa tetapi kebanyakannya masih diproses secara tradisional. Kilang ini akan menghasilkan 1,500 tan lada putih setahun dengan piawaian HACCP.',
    { sectorCode: 'C10', regionCode: 'MY-13', amount: ['6500000.00', 'MYR'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['halal', 'community_benefit'] } }),
  o(at('betong.agro'), 'Tepung sagu Mukah untuk pasaran makanan bebas gluten', 'Naik taraf kilang sagu dan jenama tepung sagu organik.',
    'Sagu dari Mukah ditanam tanpa baja kimia. Kami mencari rakan usaha sama untuk menaik taraf kilang dan memasarkan tepung sagu sebagai bahan bebas gluten di Singapura dan Eropah.',
    { sectorCode: 'C10', regionCode: 'MY-13', amount: ['900000.00', 'USD'], instruments: ['joint_venture', 'offtake'], stage: 'brownfield', sustainability: { tags: ['no_deforestation', 'indigenous_rights'] } }),

  o(at('kenyalang.digital'), 'Digital payments and bookkeeping for Sarawak market traders', 'QR payments, stock and simple accounts for 15,000 small traders across Sarawak.',
    'Kenyalang lets tamu and pasar traders accept DuitNow QR and Sarawak Pay, track stock and keep simple books on a phone. 6,000 merchants are active today. We are raising a convertible round to expand to Sabah and West Kalimantan.',
    { sectorCode: 'J62', regionCode: 'MY-13', amount: ['1200000.00', 'USD'], instruments: ['convertible', 'equity'], stage: 'early_revenue', sustainability: { tags: ['gender_inclusion'] } }),
  o(at('kenyalang.digital'), 'Platform e-dagang rentas sempadan Kuching–Pontianak', 'Pasaran dalam talian untuk produk UMKM Kalimantan Barat dan PKS Sarawak.',
    'Pembeli di Kuching mahu produk Pontianak, dan sebaliknya, tetapi penghantaran dan pembayaran rentas sempadan masih rumit. Kami membina pasaran dengan logistik melalui Entikong–Tebedu dan pembayaran dalam ringgit atau rupiah.',
    { sectorCode: 'G47', regionCode: 'MY-13', amount: ['750000.00', 'MYR'], instruments: ['equity'], stage: 'pre_revenue' }),

  o(at('rejang.solar'), 'Solar hibrid untuk rumah panjang di lembangan Rejang', 'Sistem solar dan bateri untuk 120 rumah panjang yang kini bergantung pada janakuasa diesel.',
    'Kebanyakan rumah panjang di hulu Sungai Rejang hanya mendapat elektrik beberapa jam sehari. Kami menawarkan sistem solar hibrid dengan bayaran bulanan yang lebih rendah daripada kos diesel semasa.',
    { sectorCode: 'D35', regionCode: 'MY-13', amount: ['4800000.00', 'MYR'], instruments: ['debt', 'grant', 'equity'], stage: 'early_revenue', sustainability: { tags: ['renewable_energy', 'community_benefit', 'indigenous_rights'] } }),
  o(at('rejang.solar'), 'Solar farm 25 MW in Bintulu', 'Utility-scale solar selling to the Sarawak grid under a 21-year power purchase agreement.',
    'The site is degraded former plantation land close to a substation. Grid studies and land lease are complete; we seek an equity partner and project finance.',
    { sectorCode: 'D35', regionCode: 'MY-13', amount: ['22000000.00', 'USD'], instruments: ['equity', 'joint_venture', 'debt'], stage: 'greenfield', sustainability: { tags: ['renewable_energy', 'low_carbon'] } }),

  o(at('semporna.seaweed'), 'Penternakan rumpai laut Semporna: 500 hektar tambahan', 'Perluasan ladang rumpai laut bersama 400 keluarga nelayan Bajau.',
    'Rumpai laut Kappaphycus dari Semporna dibeli oleh pengeluar karagenan di China dan Filipina. Perluasan ini menyediakan bibit, tali dan bot kepada keluarga penternak dengan kontrak belian balik.',
    { sectorCode: 'A03', regionCode: 'MY-12', amount: ['3500000.00', 'MYR'], instruments: ['debt', 'offtake'], stage: 'growth', sustainability: { tags: ['community_benefit', 'gender_inclusion', 'low_carbon'] } }),
  o(at('semporna.seaweed'), 'Kilang karagenan separa diproses di Lahad Datu', 'Memproses rumpai laut kering menjadi karagenan SRC untuk eksport.',
    'Dengan kilang sendiri, nilai eksport meningkat tiga kali ganda berbanding rumpai laut kering. Kami mencari pelabur ekuiti atau rakan usaha sama dengan pasaran makanan.',
    { sectorCode: 'C10', regionCode: 'MY-12', amount: ['5500000.00', 'USD'], instruments: ['equity', 'joint_venture'], stage: 'greenfield', sustainability: { tags: ['halal', 'circular_economy'] } }),

  o(at('kinabalu.ecolodge'), 'Eco-lodge expansion at Kundasang', 'Twenty new cabins, a visitor centre and solar power at the foot of Mount Kinabalu.',
    'Occupancy has stayed above 80% since 2023. The expansion adds twenty cabins, a visitor centre and solar with batteries. Guides and staff come from the surrounding Dusun villages.',
    { sectorCode: 'I55', regionCode: 'MY-12', amount: ['8000000.00', 'MYR'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['community_benefit', 'renewable_energy', 'biodiversity'] } }),
  o(at('kinabalu.ecolodge'), 'Rainforest research station and lodge, Danum Valley buffer zone', 'Low-impact lodge for scientists and birdwatchers, run with local communities.',
    'A partnership with a university consortium guarantees forty percent of bed nights. We seek an impact investor for construction and the first two years of operations.',
    { sectorCode: 'I55', regionCode: 'MY-12', amount: ['2500000.00', 'USD'], instruments: ['equity', 'grant'], stage: 'greenfield', sustainability: { tags: ['biodiversity', 'indigenous_rights', 'no_deforestation'] } }),

  o(at('labuan.marine'), 'Two LNG-ready feeder vessels for Brunei Bay', 'Feeder container service linking Labuan, Muara, Kota Kinabalu and Kijing.',
    'Cargo between Labuan, Brunei and Sabah is still carried by ageing vessels. Two 600-TEU feeders with dual-fuel engines would start a weekly loop including Kijing in West Kalimantan.',
    { sectorCode: 'H50', regionCode: 'MY-15', amount: ['38000000.00', 'USD'], instruments: ['debt', 'equity'], stage: 'growth', sustainability: { tags: ['low_carbon'] } }),
  o(at('labuan.marine'), 'Gudang berikat di Pelabuhan Labuan', 'Gudang bebas cukai untuk pengedaran serantau dari pusat kewangan luar pesisir Labuan.',
    'Labuan menawarkan status bebas cukai. Gudang berikat 10,000 meter persegi akan melayani pengedar makanan dan alat ganti untuk Sabah, Sarawak dan Brunei.',
    { sectorCode: 'H52', regionCode: 'MY-15', amount: ['12000000.00', 'MYR'], instruments: ['equity', 'joint_venture'], stage: 'greenfield' }),

  // --- Brunei ----------------------------------------------------------------------------------
  o(at('halal.mulia'), 'Kilang sos dan makanan sedia dimakan halal di Brunei-Muara', 'Talian pengeluaran baharu untuk eksport ke GCC di bawah jenama Brunei Halal.',
    'Permintaan dari Arab Saudi dan UAE meningkat untuk makanan sedia dimakan yang diperakui halal oleh Brunei. Talian retort baharu dan makmal kawalan mutu akan menggandakan kapasiti.',
    { sectorCode: 'C10', regionCode: 'BN-BM', amount: ['4000000.00', 'BND'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['halal'] } }),
  o(at('halal.mulia'), 'Halal ingredient sourcing hub for Borneo', 'Consolidated sourcing of halal-certified ingredients from Kalimantan, Sarawak and Sabah.',
    'Food makers in Brunei import most ingredients from outside the region. A sourcing hub would buy from certified suppliers across Borneo and provide traceability for export markets.',
    { sectorCode: 'G46', regionCode: 'BN-BM', amount: ['1500000.00', 'BND'], instruments: ['joint_venture', 'trade_finance'], stage: 'early_revenue', sustainability: { tags: ['halal', 'community_benefit'] } }),

  o(at('temburong.aqua'), 'Recirculating aquaculture farm expansion in Temburong', 'Tilapia and freshwater prawn for Bandar Seri Begawan, now linked by the Temburong bridge.',
    'Since the bridge opened, fresh produce reaches the capital within an hour. Our recirculating system uses 95% less water than ponds. Expansion from 80 to 400 tonnes a year.',
    { sectorCode: 'A03', regionCode: 'BN-TE', amount: ['2200000.00', 'BND'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { tags: ['water_stewardship', 'halal'] } }),
  o(at('temburong.aqua'), 'Ekopelancongan Ulu Temburong: chalet dan jeti', 'Chalet mesra alam dan jeti untuk pelancong ke Taman Negara Ulu Temburong.',
    'Bilangan pelawat ke Ulu Temburong meningkat selepas jambatan dibuka. Kami mencari rakan kongsi untuk membina chalet dan jeti dengan komuniti kampung.',
    { sectorCode: 'I55', regionCode: 'BN-TE', amount: ['900000.00', 'BND'], instruments: ['equity', 'joint_venture'], stage: 'pre_revenue', sustainability: { tags: ['biodiversity', 'community_benefit'] } }),

  o(at('belait.tech'), 'Asset maintenance software for oil, gas and utilities', 'Mobile work orders and inspections for maintenance crews; pilots with two operators in Belait.',
    'Crews still work from paper job cards. Our app schedules work orders, records inspections offline and tracks spare parts. Seed round to build the team and expand to Miri and Bintulu.',
    { sectorCode: 'J62', regionCode: 'BN-BE', amount: ['600000.00', 'USD'], instruments: ['equity', 'convertible'], stage: 'early_revenue' }),
  o(at('belait.tech'), 'Latihan kemahiran digital untuk belia Kuala Belait', 'Akademi pengaturcaraan dengan penempatan kerja di syarikat tenaga.',
    'Program enam bulan ini melatih belia menjadi juruteknik perisian. Pembiayaan geran CSR atau penajaan syarikat.',
    { sectorCode: 'P85', regionCode: 'BN-BE', amount: ['250000.00', 'BND'], instruments: ['grant'], stage: 'idea', sustainability: { tags: ['community_benefit', 'gender_inclusion'] } }),

  // --- Java ------------------------------------------------------------------------------------
  o(at('rantai.dingin'), 'Cold storage perikanan di Surabaya: 10.000 palet', 'Gudang berpendingin otomatis di dekat Pelabuhan Tanjung Perak.',
    'Hasil perikanan dari Kalimantan dan Sulawesi banyak transit di Surabaya. Gudang beku otomatis 10.000 palet akan melayani eksportir udang, tuna dan rumput laut. Kami mencari ekuitas atau pinjaman proyek.',
    { sectorCode: 'H52', regionCode: 'ID-JI', amount: ['180000000000.00', 'IDR'], instruments: ['equity', 'debt'], stage: 'growth', sustainability: { environmental: 'Refrigeran amonia alami dan PLTS atap 1 MWp.', tags: ['low_carbon', 'renewable_energy'] } }),
  o(at('rantai.dingin'), 'Jalur rantai dingin Surabaya–Pontianak–Kuching', 'Kontainer reefer terjadwal mingguan untuk pangan segar antarpulau.',
    'Pasokan daging, sayur dan buah ke Kalimantan Barat dan Sarawak masih mahal karena rantai dingin terputus. Kami menawarkan kemitraan untuk layanan reefer terjadwal dan depo di Kijing.',
    { sectorCode: 'H52', regionCode: 'ID-JI', amount: ['6000000.00', 'USD'], instruments: ['joint_venture', 'equity'], stage: 'early_revenue' }),

  o(at('kasir.pintar'), 'Aplikasi kasir dan pembukuan untuk 100.000 warung', 'Seri B untuk ekspansi ke Kalimantan dan Sumatra serta produk pinjaman modal usaha.',
    'Aplikasi kami dipakai 40.000 toko dan mencatat transaksi senilai Rp 2 triliun per bulan. Dana seri B untuk tim di Pontianak, Banjarmasin dan Medan serta kemitraan pembiayaan UMKM dengan bank daerah.',
    { sectorCode: 'J62', regionCode: 'ID-JB', amount: ['12000000.00', 'USD'], instruments: ['equity'], stage: 'growth', sustainability: { tags: ['gender_inclusion'] } }),
  o(at('kasir.pintar'), 'Pembiayaan rantai pasok untuk pemasok warung', 'Invoice financing bagi distributor sembako berdasarkan data transaksi aplikasi.',
    'Data penjualan harian dari aplikasi kami memungkinkan penilaian kredit yang akurat bagi distributor kecil. Kami mencari mitra bank atau dana utang untuk fasilitas awal.',
    { sectorCode: 'K64', regionCode: 'ID-JB', amount: ['150000000000.00', 'IDR'], instruments: ['debt', 'trade_finance'], stage: 'early_revenue' }),

  // --- Sumatra ---------------------------------------------------------------------------------
  o(at('kopi.gayo'), 'Gudang dan unit pengolahan kopi arabika Gayo', 'Unit pengolahan basah terpusat dan gudang bersertifikat untuk koperasi 1.800 petani.',
    'Pembeli spesialti di Eropa dan Amerika meminta keterlacakan per kebun. Unit pengolahan terpusat dengan pencatatan digital memenuhi tuntutan itu dan menaikkan harga jual petani.',
    { sectorCode: 'A01', regionCode: 'ID-AC', amount: ['14000000000.00', 'IDR'], instruments: ['debt', 'offtake'], stage: 'growth', sustainability: { tags: ['no_deforestation', 'community_benefit', 'water_stewardship'] } }),
  o(at('kopi.gayo'), 'Pre-financing panen untuk pembeli spesialti Eropa', 'Pembiayaan perdagangan berdasarkan kontrak pembelian dengan importir di Hamburg.',
    'Kontrak 40 kontainer setahun sudah ada; pembayaran baru diterima setelah pengapalan. Kami mencari pembiayaan praekspor dengan jaminan kontrak.',
    { sectorCode: 'G46', regionCode: 'ID-AC', amount: ['2000000.00', 'USD'], instruments: ['trade_finance'], stage: 'mature' }),

  o(at('oleo.riau'), 'Perluasan pabrik asam lemak di Dumai', 'Kapasitas splitting dari 120.000 ke 250.000 ton per tahun.',
    'Permintaan asam lemak untuk deterjen dan kosmetik di Asia terus naik. Perluasan ini memanfaatkan utilitas yang sudah ada sehingga biaya per ton lebih rendah dari pabrik baru.',
    { sectorCode: 'C20', regionCode: 'ID-RI', amount: ['65000000.00', 'USD'], instruments: ['debt', 'equity'], stage: 'brownfield', sustainability: { tags: ['no_deforestation', 'halal'] } }),
  o(at('oleo.riau'), 'Biodiesel dari minyak jelantah di Pekanbaru', 'Unit pengumpulan dan pengolahan minyak jelantah menjadi biodiesel.',
    'Minyak jelantah dari restoran dan rumah tangga di Pekanbaru dibuang ke saluran air. Kami akan mengumpulkannya lewat bank sampah dan mengolahnya menjadi biodiesel untuk armada truk perusahaan.',
    { sectorCode: 'C19', regionCode: 'ID-RI', amount: ['25000000000.00', 'IDR'], instruments: ['equity', 'grant'], stage: 'pre_revenue', sustainability: { tags: ['circular_economy', 'low_carbon'] } }),

  o(at('dermaga.belawan'), 'Depo peti kemas dan gudang berikat di Belawan', 'Perluasan depo 4 hektare dan gudang berikat untuk ekspor karet, kopi dan sawit.',
    'Tingkat isian depo kami di atas 90% sejak 2024. Perluasan ini menambah kapasitas 6.000 TEU dan gudang berikat 8.000 m².',
    { sectorCode: 'H52', regionCode: 'ID-SU', amount: ['95000000000.00', 'IDR'], instruments: ['debt', 'equity'], stage: 'brownfield' }),
  o(at('dermaga.belawan'), 'Short-sea shipping Belawan–Penang–Port Klang', 'Weekly feeder service for small exporters in North Sumatra.',
    'Small exporters in Medan pay for transshipment through larger hubs. A dedicated weekly feeder to Penang and Port Klang would cut transit times by four days.',
    { sectorCode: 'H50', regionCode: 'ID-SU', amount: ['14000000.00', 'USD'], instruments: ['joint_venture', 'debt'], stage: 'greenfield' }),

  // --- More Kalimantan, for a marketplace that feels like Pontianak's -----------------------------
  o(at('sawit.ketapang'), 'Kemitraan plasma sawit dengan replanting bibit unggul', 'Peremajaan 2.000 hektare kebun plasma tanpa pembukaan lahan baru.',
    'Pohon sawit petani plasma kami sudah berumur lebih dari 25 tahun dan produktivitasnya turun. Program peremajaan dengan bibit unggul, didukung dana BPDPKS dan pinjaman bank, membutuhkan mitra penjamin.',
    { sectorCode: 'A01', regionCode: 'ID-KB', amount: ['80000000000.00', 'IDR'], instruments: ['debt', 'grant'], stage: 'brownfield', sustainability: { tags: ['no_deforestation', 'community_benefit'] } }),
  o(at('logistik.kijing'), 'Pusat konsolidasi kargo UMKM di Pontianak', 'Gudang konsolidasi agar UMKM bisa mengekspor dalam partai kecil lewat Kijing.',
    'UMKM di Kalimantan Barat sulit mengekspor karena volume kecil. Pusat konsolidasi dengan layanan kepabeanan dan sertifikasi akan menggabungkan kiriman mereka ke Sarawak, Brunei dan Singapura.',
    { sectorCode: 'H52', regionCode: 'ID-KB', amount: ['850000.00', 'USD'], instruments: ['equity', 'grant'], stage: 'pre_revenue', sustainability: { tags: ['community_benefit'] } }),
  o(at('samudra.sambas'), 'Kapal penangkap ikan ramah lingkungan untuk nelayan Paloh', 'Sepuluh kapal 10 GT dengan alat tangkap selektif dan mesin hemat bahan bakar.',
    'Nelayan Paloh masih memakai kapal kayu tua. Kapal baru dengan alat tangkap selektif mengurangi tangkapan sampingan penyu, yang bertelur di pantai Paloh.',
    { sectorCode: 'A03', regionCode: 'ID-KB', amount: ['6500000000.00', 'IDR'], instruments: ['debt', 'grant'], stage: 'early_revenue', sustainability: { tags: ['biodiversity', 'community_benefit'] } }),
  o(at('mangrove.kuburaya'), 'Olahan buah nipah dan madu kelulut Batu Ampar', 'Rumah produksi untuk gula nipah, sirup dan madu kelulut dari hutan mangrove.',
    'Ibu-ibu anggota koperasi sudah memproduksi gula nipah dan madu kelulut dalam skala rumah tangga. Rumah produksi bersertifikat halal dan PIRT akan membuka pasar oleh-oleh di Pontianak dan Kuching.',
    { sectorCode: 'C10', regionCode: 'ID-KB', amount: ['650000000.00', 'IDR'], instruments: ['grant', 'equity'], stage: 'early_revenue', sustainability: { tags: ['halal', 'gender_inclusion', 'biodiversity'] } }),
  o(at('halal.banua'), 'Rumah potong ayam halal modern di Banjarbaru', 'RPH unggas berkapasitas 20.000 ekor per hari dengan rantai dingin.',
    'Sebagian besar ayam di Kalimantan Selatan dipotong di tempat tradisional tanpa rantai dingin. RPH modern bersertifikat halal dan NKV menjamin mutu untuk hotel, restoran dan ekspor ke Brunei.',
    { sectorCode: 'C10', regionCode: 'ID-KS', amount: ['4200000.00', 'USD'], instruments: ['equity', 'joint_venture'], stage: 'greenfield', sustainability: { tags: ['halal'] } }),
  o(at('data.timur'), 'Jaringan fiber optik Balikpapan–Samarinda untuk industri', 'Kabel serat optik 120 km dengan sewa kapasitas bagi operator dan kawasan industri.',
    'Kawasan industri dan pelabuhan di koridor Balikpapan–Samarinda membutuhkan konektivitas andal. Kami mencari mitra KPBU atau ekuitas.',
    { sectorCode: 'J61', regionCode: 'ID-KI', amount: ['16000000.00', 'USD'], instruments: ['ppp', 'equity'], stage: 'greenfield' }),
  o(at('surya.kahayan'), 'Pembangkit listrik biomassa dari limbah kayu di Kapuas', 'PLTBm 5 MW dari limbah industri kayu lapis, listrik untuk PLN.',
    'Industri kayu lapis di Kapuas menghasilkan 60.000 ton limbah per tahun yang kini dibakar terbuka. PLTBm 5 MW mengubahnya menjadi listrik dengan kontrak jual beli 25 tahun.',
    { sectorCode: 'D35', regionCode: 'ID-KT', amount: ['11000000.00', 'USD'], instruments: ['equity', 'debt'], stage: 'greenfield', sustainability: { tags: ['renewable_energy', 'circular_economy'] } }),
  o(at('tambak.tarakan'), 'Pengolahan udang beku untuk ekspor di Tarakan', 'Unit pembekuan IQF dan pengemasan dengan sertifikat ekspor Uni Eropa.',
    'Saat ini udang kami dibekukan oleh pihak ketiga di Surabaya. Unit IQF sendiri di Tarakan memangkas biaya angkut dan menjaga mutu.',
    { sectorCode: 'C10', regionCode: 'ID-KU', amount: ['52000000000.00', 'IDR'], instruments: ['debt', 'equity'], stage: 'growth', sustainability: { tags: ['halal'] } }),
  o(at('betong.agro'), 'Madu kelulut Sarawak untuk pasaran Brunei dan Singapura', 'Pembiakan kelulut bersama 80 keluarga di pinggir Taman Negara Batang Ai.',
    'Madu kelulut mendapat harga tinggi di Brunei dan Singapura. Kami membekalkan kotak koloni, latihan dan jaminan belian kepada keluarga di pinggir hutan.',
    { sectorCode: 'A01', regionCode: 'MY-13', amount: ['450000.00', 'MYR'], instruments: ['grant', 'offtake'], stage: 'early_revenue', sustainability: { tags: ['biodiversity', 'community_benefit', 'halal'] } }),
  o(at('kenyalang.digital'), 'Sistem tempahan pelancongan komuniti Borneo', 'Platform tempahan untuk homestay dan pemandu tempatan di Sarawak, Sabah dan Kalimantan.',
    'Homestay komuniti sukar dijumpai oleh pelancong antarabangsa. Platform ini menghubungkan mereka dengan agensi pelancongan dan menerima bayaran dalam pelbagai mata wang.',
    { sectorCode: 'N79', regionCode: 'MY-13', amount: ['300000.00', 'USD'], instruments: ['equity', 'grant'], stage: 'pre_revenue', sustainability: { tags: ['community_benefit', 'indigenous_rights'] } }),
  o(at('halal.mulia'), 'Closed: frozen halal meals line (funded 2025)', 'A first export line for frozen meals, funded by a Brunei investor in 2025.',
    'Kept for the record: this line was financed in full and started production in August 2025.',
    { sectorCode: 'C10', regionCode: 'BN-BM', amount: ['1200000.00', 'BND'], instruments: ['equity'], stage: 'growth', sustainability: { tags: ['halal'] } }),
];

/** Titles of demo opportunities that are closed (funded) after seeding, to show the whole lifecycle. */
export const DEMO_CLOSED_TITLES: ReadonlySet<string> = new Set(['Closed: frozen halal meals line (funded 2025)']);
