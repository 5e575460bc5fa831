<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Kasir::AccessGate</name>
    <message>
        <source>The settings need the manager&apos;s PIN.</source>
        <translation>Pengaturan perlu PIN manajer.</translation>
    </message>
    <message>
        <source>The manager page needs the manager&apos;s PIN.</source>
        <translation>Halaman manajer perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Closing the day needs the manager&apos;s PIN.</source>
        <translation>Tutup hari perlu PIN manajer.</translation>
    </message>
    <message>
        <source>A second reprint needs the manager&apos;s PIN.</source>
        <translation>Cetak ulang kedua perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Restoring a backup needs the manager&apos;s PIN.</source>
        <translation>Memulihkan cadangan perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Adding users needs the manager&apos;s PIN.</source>
        <translation>Menambah pengguna perlu PIN manajer.</translation>
    </message>
    <message>
        <source>This needs the manager&apos;s PIN.</source>
        <translation>Ini perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Settling a flagged sale needs the manager&apos;s PIN.</source>
        <translation>Menyelesaikan transaksi yang ditandai perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Saving the manager&apos;s figures needs the manager&apos;s PIN.</source>
        <translation>Menyimpan laporan manajer perlu PIN manajer.</translation>
    </message>
    <message>
        <source>%1 is logged in as a cashier: ask a manager to type their PIN here.</source>
        <translation>%1 masuk sebagai kasir: minta manajer mengetik PIN-nya di sini.</translation>
    </message>
</context>
<context>
    <name>Kasir::AnswerCheck</name>
    <message>
        <source>%1 &quot;%2&quot; is not an amount</source>
        <translation>%1 &quot;%2&quot; bukan angka rupiah</translation>
    </message>
    <message>
        <source>%1 is zero</source>
        <translation>%1 bernilai nol</translation>
    </message>
    <message>
        <source>%1 %2 is below the nominal %3</source>
        <translation>%1 %2 lebih kecil dari nominal %3</translation>
    </message>
    <message>
        <source>%1 %2 is more than the nominal %3 plus the largest admin fee %4</source>
        <translation>%1 %2 lebih besar dari nominal %3 ditambah biaya admin tertinggi %4</translation>
    </message>
    <message>
        <source>the data says SUCCESS but the top level says success false</source>
        <translation>data menyatakan SUCCESS tetapi bagian atas menyatakan success false</translation>
    </message>
    <message>
        <source>the top-level rc %1 contradicts the data&apos;s rc %2</source>
        <translation>rc bagian atas %1 bertentangan dengan rc data %2</translation>
    </message>
    <message>
        <source>balance_used %1 differs from unit_price %2</source>
        <translation>balance_used %1 berbeda dengan unit_price %2</translation>
    </message>
    <message>
        <source>a FAILED answer with rc %1</source>
        <translation>jawaban FAILED dengan rc %1</translation>
    </message>
    <message>
        <source>a FAILED answer with serial number %1</source>
        <translation>jawaban FAILED dengan nomor seri %1</translation>
    </message>
    <message>
        <source>a FAILED answer with balance_used %1</source>
        <translation>jawaban FAILED dengan balance_used %1</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Cancelled; the outcome is unknown.</source>
        <translation>Dibatalkan; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>Connection problem (%1); the outcome is unknown.</source>
        <translation>Gangguan koneksi (%1); hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB and was cut off; the outcome is unknown.</source>
        <translation>Jawaban server lebih besar dari %1 KiB dan dipotong; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>No connection to the server within %1 s: nothing reached the server.</source>
        <translation>Tidak tersambung ke server dalam %1 detik: tidak ada yang sampai ke server.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s; the outcome is unknown.</source>
        <translation>Jawaban tidak lengkap dalam %1 detik; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>Nothing reached the server (%1).</source>
        <translation>Tidak ada yang sampai ke server (%1).</translation>
    </message>
    <message>
        <source>The sale will be re-sent safely with the same req_id.</source>
        <translation>Transaksi akan dikirim ulang dengan aman memakai req_id yang sama.</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>jawabannya bukan HTTP</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiKeyStore</name>
    <message>
        <source>An API key has 8 to 512 characters.</source>
        <translation>Kunci API terdiri dari 8 sampai 512 karakter.</translation>
    </message>
    <message>
        <source>An API key has no spaces and only plain ASCII characters.</source>
        <translation>Kunci API tidak boleh ada spasi dan hanya huruf, angka, atau tanda biasa (ASCII).</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiResponseParser</name>
    <message>
        <source>No answer from the server.</source>
        <translation>Tidak ada jawaban dari server.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1); redirects are not followed.</source>
        <translation>Server menjawab dengan pengalihan (HTTP %1); pengalihan tidak diikuti.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Server menolak permintaan (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Server menolak permintaan (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Server error (HTTP %1); the outcome is unknown.</source>
        <translation>Server bermasalah (HTTP %1); hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; the outcome is unknown.</source>
        <translation>Jawaban server tidak terbaca; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has fields of the wrong type; the outcome is unknown.</source>
        <translation>Jawaban server berisi kolom dengan jenis yang salah; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>The answer does not match the request (product, number, amount or req_id differ); kept for checking.</source>
        <translation>Jawaban tidak cocok dengan permintaan (produk, nomor, nominal atau req_id berbeda); disimpan untuk diperiksa.</translation>
    </message>
    <message>
        <source>The answer says SUCCESS with rc %1; the outcome is unclear.</source>
        <translation>Jawaban menyatakan SUCCESS dengan rc %1; hasilnya belum jelas.</translation>
    </message>
    <message>
        <source>The answer&apos;s amounts could not be read; the outcome is unknown.</source>
        <translation>Angka pada jawaban tidak terbaca; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>A FAILED answer that does not match the request; kept for checking.</source>
        <translation>Jawaban FAILED yang tidak cocok dengan permintaan; disimpan untuk diperiksa.</translation>
    </message>
    <message>
        <source>The answer has no status; the outcome is unknown.</source>
        <translation>Jawaban tidak memiliki status; hasilnya belum diketahui.</translation>
    </message>
    <message>
        <source>The server reports status %1; the outcome is being checked.</source>
        <translation>Server melaporkan status %1; hasilnya sedang diperiksa.</translation>
    </message>
    <message>
        <source>The answer contradicts itself (%1); kept for checking.</source>
        <translation>Jawaban saling bertentangan (%1); disimpan untuk diperiksa.</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiResult</name>
    <message>
        <source>The server reported the payment as failed (rc %1).</source>
        <translation>Server melaporkan pembayaran gagal (rc %1).</translation>
    </message>
</context>
<context>
    <name>Kasir::CloseDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Close %1. The close is numbered and can never be changed; sales made later go into the next close.</source>
        <translation>Tutup %1. Tutup buku diberi nomor dan tidak bisa diubah lagi; penjualan sesudahnya masuk ke tutup buku berikutnya.</translation>
    </message>
    <message>
        <source>e.g. 200.000</source>
        <translation>mis. 200.000</translation>
    </message>
    <message>
        <source>count the drawer</source>
        <translation>hitung uang di laci</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal laci</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Uang yang dihitung</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Seharusnya di laci</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>type the counted cash</source>
        <translation>ketik uang yang dihitung</translation>
    </message>
    <message>
        <source>Rp 0 — the drawer matches</source>
        <translation>Rp 0 — laci cocok</translation>
    </message>
    <message>
        <source>%1 more than expected</source>
        <translation>lebih %1 dari seharusnya</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>kurang %1</translation>
    </message>
</context>
<context>
    <name>Kasir::ConfirmPanel</name>
    <message>
        <source>Check with the customer, then collect the money</source>
        <translation>Cocokkan dengan pelanggan, lalu terima uangnya</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>E-wallet</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Nomor pelanggan</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Nominal top-up</translation>
    </message>
    <message>
        <source>TOTAL TO COLLECT</source>
        <translation>TOTAL DIBAYAR PELANGGAN</translation>
    </message>
    <message>
        <source>Cash received (optional)</source>
        <translation>Uang diterima (opsional)</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>mis. 100.000</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Pay (Enter / F12)</source>
        <translation>Bayar (Enter / F12)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Unreadable amount</source>
        <translation>Nominal tidak terbaca</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Kurang %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Kembalian: %1</translation>
    </message>
    <message>
        <source>Cash received: %1</source>
        <translation>Uang diterima: %1</translation>
    </message>
    <message>
        <source>The cash received is less than the total. Nothing was sent.</source>
        <translation>Uang diterima kurang dari total. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The payment is on its way and cannot be cancelled. Wait for the result.</source>
        <translation>Pembayaran sedang dikirim dan tidak bisa dibatalkan. Tunggu hasilnya.</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Harga modal</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Sending the payment…</source>
        <translation>Mengirim pembayaran…</translation>
    </message>
    <message>
        <source>Deposit too low: %1, cost price %2 — do NOT take the customer&apos;s money. Top up the deposit, then F5 checks again.</source>
        <translation>Deposit tidak cukup: %1, harga modal %2 — JANGAN terima uang pelanggan. Isi deposit dulu, lalu F5 untuk cek ulang.</translation>
    </message>
    <message>
        <source>Send anyway (Ctrl+F12)</source>
        <translation>Tetap kirim (Ctrl+F12)</translation>
    </message>
    <message>
        <source>Wait for the result. Do not pay again.</source>
        <translation>Tunggu hasilnya. Jangan bayar lagi.</translation>
    </message>
    <message>
        <source>Not sent: the deposit is too low for this price. F5 checks again after the deposit is topped up; Ctrl+F12 sends anyway.</source>
        <translation>Tidak dikirim: deposit tidak cukup untuk harga ini. Isi deposit, lalu F5 untuk cek ulang; Ctrl+F12 untuk tetap kirim.</translation>
    </message>
    <message>
        <source>Deposit too low — do not take the money yet</source>
        <translation>Deposit tidak cukup — jangan terima uang dulu</translation>
    </message>
</context>
<context>
    <name>Kasir::CustomerId</name>
    <message>
        <source>A phone number contains digits only.</source>
        <translation>Nomor HP hanya berisi angka.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Masukkan nomor HP pelanggan.</translation>
    </message>
    <message>
        <source>An Indonesian mobile number starts with 08, 62 or +62.</source>
        <translation>Nomor HP Indonesia diawali 08, 62 atau +62.</translation>
    </message>
    <message>
        <source>The phone number is too short (08 followed by 8 to 11 digits).</source>
        <translation>Nomor HP terlalu pendek (08 diikuti 8 sampai 11 angka).</translation>
    </message>
    <message>
        <source>The phone number is too long (08 followed by 8 to 11 digits).</source>
        <translation>Nomor HP terlalu panjang (08 diikuti 8 sampai 11 angka).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s account id.</source>
        <translation>Masukkan ID akun pelanggan.</translation>
    </message>
    <message>
        <source>This account id is not valid for the product.</source>
        <translation>ID akun ini tidak sah untuk produk tersebut.</translation>
    </message>
</context>
<context>
    <name>Kasir::DailyChart</name>
    <message>
        <source>Sales per day</source>
        <translation>Penjualan per hari</translation>
    </message>
    <message>
        <source>Margin per day (Rp)</source>
        <translation>Untung per hari (Rp)</translation>
    </message>
</context>
<context>
    <name>Kasir::DepositStatementModel</name>
    <message>
        <source>Deposit top-up: %1</source>
        <translation>Isi ulang deposit: %1</translation>
    </message>
    <message>
        <source>The deposit moved outside this counter between %1 and %2.</source>
        <translation>Deposit berubah di luar kasir ini antara %1 dan %2.</translation>
    </message>
    <message>
        <source>%1 (top-up)</source>
        <translation>%1 (isi deposit)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>Kasir::DuplicatePrompt</name>
    <message>
        <source>Same top-up made recently</source>
        <translation>Top-up yang sama baru saja dilakukan</translation>
    </message>
    <message>
        <source>Yes, send a new top-up</source>
        <translation>Ya, kirim top-up baru</translation>
    </message>
    <message>
        <source>No, do not send</source>
        <translation>Tidak, jangan kirim</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 menit lalu</translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 jam %2 menit lalu</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>%1 to %2, %3
Receipt: %4
Time: %5 (%6)
Status: %7</source>
        <translation>%1 ke %2, %3
Struk: %4
Waktu: %5 (%6)
Status: %7</translation>
    </message>
    <message>
        <source>Same top-up still being checked</source>
        <translation>Top-up yang sama masih dicek</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same top-up (%1) is still being checked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-up yang sama (%1) masih sedang dicek.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1

Do NOT send it again: the customer may already have it. Keep the money until its result is known. &quot;Check now&quot; asks the server about that sale.</source>
        <translation>%1

JANGAN kirim lagi: saldo pelanggan mungkin sudah masuk. Simpan uangnya sampai hasilnya jelas. &quot;Cek sekarang&quot; menanyakan transaksi itu ke server.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Cek sekarang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same top-up was made %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-up yang sama sudah dilakukan %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1

Is this really a second, new top-up that the customer wants and pays for again?</source>
        <translation>%1

Apakah ini benar top-up kedua yang baru, yang diminta dan dibayar lagi oleh pelanggan?</translation>
    </message>
</context>
<context>
    <name>Kasir::EntryPanel</name>
    <message>
        <source>1. E-wallet (F1–F5)</source>
        <translation>1. E-wallet (F1–F5)</translation>
    </message>
    <message>
        <source>2. Customer number</source>
        <translation>2. Nomor pelanggan</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 789</source>
        <translation>mis. 0812 3456 789</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Nomor pelanggan</translation>
    </message>
    <message>
        <source>3. Top-up amount</source>
        <translation>3. Nominal top-up</translation>
    </message>
    <message>
        <source>e.g. 50.000</source>
        <translation>mis. 50.000</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Nominal top-up</translation>
    </message>
    <message>
        <source>Checking the price with the server… Esc cancels</source>
        <translation>Mengecek harga ke server… Esc untuk batal</translation>
    </message>
    <message>
        <source>Check price (Enter)</source>
        <translation>Cek harga (Enter)</translation>
    </message>
    <message>
        <source>Press F1–F5 or click a wallet.</source>
        <translation>Tekan F1–F5 atau klik e-wallet.</translation>
    </message>
    <message>
        <source>Phone number: 08…, +62… or 62…</source>
        <translation>Nomor HP: 08…, +62… atau 62…</translation>
    </message>
    <message>
        <source>Type 50000 or 50.000, or pick a button below.</source>
        <translation>Ketik 50000 atau 50.000, atau pilih tombol di bawah.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Type the customer&apos;s number.</source>
        <translation>Ketik nomor pelanggan.</translation>
    </message>
    <message>
        <source>Keep typing… Enter checks it.</source>
        <translation>Lanjutkan mengetik… Enter untuk memeriksa.</translation>
    </message>
    <message>
        <source>Type the top-up amount.</source>
        <translation>Ketik nominal top-up.</translation>
    </message>
    <message>
        <source>Chosen: %1 (as last time; F1–F5 changes it)</source>
        <translation>Dipilih: %1 (seperti terakhir; F1–F5 untuk ganti)</translation>
    </message>
    <message>
        <source>New number: no earlier sale.</source>
        <translation>Nomor baru: belum pernah transaksi.</translation>
    </message>
    <message>
        <source>Last time: %1 %2 · %3 · %4 — F8 repeats</source>
        <translation>Terakhir: %1 %2 · %3 · %4 — F8 ulangi</translation>
    </message>
    <message>
        <source>F8 repeats a customer&apos;s last sale: this number has none yet.</source>
        <translation>F8 mengulang transaksi terakhir pelanggan: nomor ini belum pernah transaksi.</translation>
    </message>
    <message>
        <source>Which e-wallet? Press F1–F5.</source>
        <translation>E-wallet apa? Tekan F1–F5.</translation>
    </message>
</context>
<context>
    <name>Kasir::EscPosSender</name>
    <message>
        <source>The printer %1 did not answer within %2 s. The receipt was not printed; check the printer (power, paper, cable or network) and print again.</source>
        <translation>Printer %1 tidak menjawab dalam %2 detik. Struk tidak tercetak; periksa printer (listrik, kertas, kabel atau jaringan) lalu cetak lagi.</translation>
    </message>
    <message>
        <source>This destination does not take ESC/POS bytes.</source>
        <translation>Tujuan ini tidak bisa menerima data ESC/POS.</translation>
    </message>
    <message>
        <source>Cannot open the printer %1: %2</source>
        <translation>Printer %1 tidak bisa dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot write to the printer %1: %2</source>
        <translation>Tidak bisa mengirim ke printer %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing to the printer %1: %2</source>
        <translation>Pengiriman ke printer %1 tidak selesai: %2</translation>
    </message>
    <message>
        <source>The printer %1:%2 is offline (out of paper or cover open). The receipt may not have been printed; fix the printer and print again.</source>
        <translation>Printer %1:%2 sedang offline (kertas habis atau tutup terbuka). Struk mungkin tidak tercetak; betulkan printer lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The printer %1:%2 cannot be reached: %3</source>
        <translation>Printer %1:%2 tidak bisa dihubungi: %3</translation>
    </message>
</context>
<context>
    <name>Kasir::FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Untung</translation>
    </message>
</context>
<context>
    <name>Kasir::FileKeyStore</name>
    <message>
        <source>The API key file %1 can be read by other users; it is not used. Set the key again to rewrite it.</source>
        <translation>File kunci API %1 bisa dibaca pengguna lain, jadi tidak dipakai. Simpan kuncinya lagi supaya file ditulis ulang.</translation>
    </message>
    <message>
        <source>The API key file %1 cannot be read.</source>
        <translation>Berkas kunci API %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Folder untuk %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Cannot write the API key file %1: %2</source>
        <translation>File kunci API %1 tidak bisa ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot remove the API key file %1.</source>
        <translation>File kunci API %1 tidak bisa dihapus.</translation>
    </message>
</context>
<context>
    <name>Kasir::FirstStartDialog</name>
    <message>
        <source>Welcome to Kasir E-Wallet</source>
        <translation>Selamat datang di Kasir E-Wallet</translation>
    </message>
    <message>
        <source>First start: who is the store&apos;s manager? The manager&apos;s PIN protects the settings, closes, second reprints and restores.</source>
        <translation>Pertama kali dipakai: siapa manajer toko? PIN manajer melindungi pengaturan, tutup hari, cetak ulang kedua, dan pemulihan cadangan.</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Nama manajer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name.</source>
        <translation>Ketik nama manajer.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Kedua PIN tidak sama. Ketik PIN yang sama dua kali.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryDetailDialog</name>
    <message>
        <source>Print (F9)</source>
        <translation>Cetak (F9)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Pratinjau…</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Catatan cetak</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Transaksi %1</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · %3</source>
        <translation>Struk %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not printed yet: the next print is the original.</source>
        <translation>Belum pernah dicetak: cetakan berikutnya adalah struk asli.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s): the next print is marked SALINAN / COPY.</source>
        <translation>
            <numerusform>Sudah dicetak %n kali: cetakan berikutnya bertanda SALINAN / COPY.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Ditandai untuk manajer: %1</translation>
    </message>
    <message>
        <source>original</source>
        <translation>asli</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>salinan %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3 (%4)</source>
        <translation>%1 — %2 oleh %3 (%4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Never printed.</source>
        <translation>Belum pernah dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier print(s) without details (made before the print log was kept).</source>
        <translation>
            <numerusform>%n cetakan sebelumnya tanpa rincian (dibuat sebelum catatan cetak ada).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint copy (F9)</source>
        <translation>Cetak salinan (F9)</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryModel</name>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Ditandai untuk manajer: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>E-wallet</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>No. pelanggan</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryPage</name>
    <message>
        <source>Print / reprint (F9)</source>
        <translation>Cetak / cetak ulang (F9)</translation>
    </message>
    <message>
        <source>Check again (F5)</source>
        <translation>Cek lagi (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>All wallets</source>
        <translation>Semua e-wallet</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Sedang dicek</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Search all dates: customer no., SN, ref id, receipt no. or req_id</source>
        <translation>Cari di semua tanggal: no. pelanggan, SN, ref id, no. struk atau req_id</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s/d</translation>
    </message>
    <message>
        <source>Searching all dates for &quot;%1&quot;.</source>
        <translation>Mencari &quot;%1&quot; di semua tanggal.</translation>
    </message>
    <message>
        <source>more than %1 sales</source>
        <translation>lebih dari %1 transaksi</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sale first (arrow keys), then press F9.</source>
        <translation>Pilih transaksinya dulu (tombol panah), lalu tekan F9.</translation>
    </message>
    <message>
        <source>Only a sale that is being checked can be checked again.</source>
        <translation>Hanya transaksi yang sedang dicek yang bisa dicek lagi.</translation>
    </message>
    <message>
        <source>Checking %1 with the server again…</source>
        <translation>Mengecek %1 lagi ke server…</translation>
    </message>
    <message>
        <source>Export sales to CSV</source>
        <translation>Ekspor transaksi ke CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak bisa menulis %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Sedang mengekspor…</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation>
            <numerusform>%n transaksi diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Ekspor ke %1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>Kasir::HttpExchange</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>server menutup sambungan tanpa menjawab</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>jawabannya terputus</translation>
    </message>
</context>
<context>
    <name>Kasir::JournalBackups</name>
    <message>
        <source>The backup %1 cannot be used: %2. Nothing was changed.</source>
        <translation>Cadangan %1 tidak bisa dipakai: %2. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>That file is the journal itself. Nothing was changed.</source>
        <translation>File itu adalah jurnal itu sendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another journal (journal id %2, this one is %3). Nothing was changed.</source>
        <translation>Cadangan %1 milik jurnal lain (ID jurnal %2, jurnal ini %3). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup cannot be compared with the journal (%1). Nothing was changed.</source>
        <translation>Cadangan tidak bisa dibandingkan dengan jurnal (%1). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The journal holds %1 sale(s) newer than the backup %2. Nothing was changed; restore with --force to replace it anyway (it is kept as a backup).</source>
        <translation>Jurnal berisi %1 penjualan yang lebih baru dari cadangan %2. Tidak ada yang diubah; pulihkan dengan --force untuk tetap menggantinya (jurnal lama disimpan sebagai cadangan).</translation>
    </message>
    <message>
        <source>The journal could not be backed up before the restore (%1). Nothing was changed.</source>
        <translation>Jurnal tidak bisa dicadangkan sebelum pemulihan (%1). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the journal. Nothing was changed.</source>
        <translation>Cadangan tidak bisa disalin ke samping jurnal. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the journal. Nothing was changed.</source>
        <translation>Cadangan tidak bisa dipasang menggantikan jurnal. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The journal was restored from %1.</source>
        <translation>Jurnal sudah dipulihkan dari %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::KeychainKeyStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Keychain sistem tidak menjawab.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Keychain sistem menolak: %1</translation>
    </message>
</context>
<context>
    <name>Kasir::MainWindow</name>
    <message>
        <source>Kasir E-Wallet — DEMO</source>
        <translation>Kasir E-Wallet — DEMO</translation>
    </message>
    <message>
        <source>Kasir E-Wallet</source>
        <translation>Kasir E-Wallet</translation>
    </message>
    <message>
        <source>DEMO — no real money</source>
        <translation>DEMO — tidak ada uang sungguhan</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Isi Saldo</translation>
    </message>
    <message>
        <source>Sell an e-wallet top-up.</source>
        <translation>Jual isi saldo e-wallet.</translation>
    </message>
    <message>
        <source>History (coming soon)</source>
        <translation>Riwayat (segera hadir)</translation>
    </message>
    <message>
        <source>The sales history comes with a later update.</source>
        <translation>Riwayat penjualan hadir di pembaruan berikutnya.</translation>
    </message>
    <message>
        <source>Manager (coming soon)</source>
        <translation>Manajer (segera hadir)</translation>
    </message>
    <message>
        <source>Manager settings come with a later update.</source>
        <translation>Pengaturan manajer hadir di pembaruan berikutnya.</translation>
    </message>
    <message>
        <source>Demo because the window was started with --demo. Start it without --demo to sell for real.</source>
        <translation>Mode demo karena dibuka dengan --demo. Buka tanpa --demo untuk jualan sungguhan.</translation>
    </message>
    <message>
        <source>Demo because no API key is set. To sell for real, set KASIR_API_KEY and KASIR_BASE_URL (or the key file setting api/keyFile) and restart.</source>
        <translation>Mode demo: kunci API belum diatur. Untuk jualan sungguhan, isi KASIR_API_KEY dan KASIR_BASE_URL (atau api/keyFile), lalu buka ulang.</translation>
    </message>
    <message>
        <source>History (F7)</source>
        <translation>Riwayat (F7)</translation>
    </message>
    <message>
        <source>Today&apos;s sales: look up an SN, print or reprint a receipt.</source>
        <translation>Transaksi hari ini: cari SN, cetak atau cetak ulang struk.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Daily totals, closes, pending and flagged sales.</source>
        <translation>Total harian, tutup buku, penjualan yang tertunda dan yang ditandai.</translation>
    </message>
</context>
<context>
    <name>Kasir::ManagerPage</name>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 hari</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 hari</translation>
    </message>
    <message>
        <source>Charts of the last 7 days</source>
        <translation>Grafik 7 hari terakhir</translation>
    </message>
    <message>
        <source>Charts of the last 30 days</source>
        <translation>Grafik 30 hari terakhir</translation>
    </message>
    <message>
        <source>Receipt 58 mm</source>
        <translation>Struk 58 mm</translation>
    </message>
    <message>
        <source>Receipt 80 mm</source>
        <translation>Struk 80 mm</translation>
    </message>
    <message>
        <source>A4 PDF</source>
        <translation>PDF A4</translation>
    </message>
    <message>
        <source>Where Print X and Reprint Z go: the receipt printer, or an A4 PDF file</source>
        <translation>Tujuan Cetak X dan Cetak ulang Z: printer struk, atau file PDF A4</translation>
    </message>
    <message>
        <source>Print X</source>
        <translation>Cetak X</translation>
    </message>
    <message>
        <source>The figures so far; changes nothing.</source>
        <translation>Angka sampai saat ini; tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Reprint last Z</source>
        <translation>Cetak ulang Z terakhir</translation>
    </message>
    <message>
        <source>Print the last close of this terminal again, exactly as it was saved.</source>
        <translation>Cetak lagi tutup buku terakhir kasir ini, persis seperti waktu disimpan.</translation>
    </message>
    <message>
        <source>Close day (Z)…</source>
        <translation>Tutup hari (Z)…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Simpan angka sebagai file CSV</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Laporan tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Close No. %1 saved (backup checked: %2).</source>
        <translation>Tutup buku No. %1 tersimpan (cadangan sudah dicek: %2).</translation>
    </message>
    <message>
        <source>Nothing new to close: every settled sale is already in a close.</source>
        <translation>Tidak ada yang baru untuk ditutup: semua penjualan yang selesai sudah masuk tutup buku.</translation>
    </message>
    <message>
        <source>Not closed: these sales are still being paid: %1. Wait for their answer, then close again.</source>
        <translation>Belum ditutup: penjualan ini masih dalam proses bayar: %1. Tunggu jawabannya, lalu tutup lagi.</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Belum ditutup: %1</translation>
    </message>
    <message>
        <source>Sale %1 resolved as %2.</source>
        <translation>Penjualan %1 diselesaikan sebagai %2.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Belum diselesaikan: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Untung</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per dompet</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per kasir</translation>
    </message>
    <message>
        <source>Deposit statement</source>
        <translation>Mutasi deposit</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Cek ulang</translation>
    </message>
    <message>
        <source>Ask the server again about every pending sale (same request, never a new charge).</source>
        <translation>Tanyakan lagi ke server semua penjualan yang tertunda (permintaan yang sama, tidak pernah potong saldo lagi).</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Selesaikan…</translation>
    </message>
    <message>
        <source>Settle the selected flagged sale after asking the provider.</source>
        <translation>Selesaikan penjualan bertanda yang dipilih setelah tanya ke provider.</translation>
    </message>
    <message>
        <source>Re-checking the pending sales…</source>
        <translation>Sedang cek ulang penjualan yang tertunda…</translation>
    </message>
    <message numerus="yes">
        <source>Re-check done; %n sale(s) still unknown.</source>
        <translation>
            <numerusform>Cek ulang selesai; %n penjualan masih belum jelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the sales.</source>
        <translation>Cocok dengan penjualan.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) outside this counter; see the deposit statement.</source>
        <translation>
            <numerusform>%n selisih di luar kasir ini; lihat mutasi deposit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1 · flagged: %2</source>
        <translation>Tertunda: %1 · ditandai: %2</translation>
    </message>
    <message>
        <source>X report sent to the printer.</source>
        <translation>Laporan X dikirim ke printer.</translation>
    </message>
    <message>
        <source>No close yet on this terminal.</source>
        <translation>Belum ada tutup buku di kasir ini.</translation>
    </message>
    <message>
        <source>Close No. %1 sent to the printer.</source>
        <translation>Tutup buku No. %1 dikirim ke printer.</translation>
    </message>
    <message>
        <source>Backing up the journal and closing…</source>
        <translation>Mencadangkan jurnal lalu tutup buku…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tidak bisa menyimpan %1: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Close (Z) No. %1</source>
        <translation>Tutup buku (Z) No. %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Ditutup: %1</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Dicetak: %1</translation>
    </message>
    <message>
        <source>X report: the figures so far; changes nothing.</source>
        <translation>Laporan X: angka sampai saat ini; tidak mengubah apa pun.</translation>
    </message>
</context>
<context>
    <name>Kasir::MerchantApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Alamat API bukan URL yang sah.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1); use https:// for %1.</source>
        <translation>http:// biasa hanya boleh untuk komputer ini (127.0.0.1); gunakan https:// untuk %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Alamat API harus diawali https://.</translation>
    </message>
    <message>
        <source>No API key is configured.</source>
        <translation>Kunci API belum diatur.</translation>
    </message>
    <message>
        <source>A payment needs a req_id.</source>
        <translation>Pembayaran memerlukan req_id.</translation>
    </message>
    <message>
        <source>The API key contains a control character (such as a line break); check how it was set.</source>
        <translation>Kunci API berisi karakter kontrol (misalnya pindah baris); periksa cara kunci itu diatur.</translation>
    </message>
</context>
<context>
    <name>Kasir::Money</name>
    <message>
        <source>Enter the amount.</source>
        <translation>Masukkan nominal.</translation>
    </message>
    <message>
        <source>Amounts are whole rupiah: no decimals or commas (write 50.000).</source>
        <translation>Nominal dalam rupiah bulat: tanpa desimal atau koma (tulis 50.000).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Nominal tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Write the amount as digits, with dots only between thousands (50.000).</source>
        <translation>Tulis nominal dengan angka, titik hanya sebagai pemisah ribuan (50.000).</translation>
    </message>
    <message>
        <source>The amount must contain digits only (for example 50000 or 50.000).</source>
        <translation>Nominal hanya boleh berisi angka (misalnya 50000 atau 50.000).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Nominal terlalu besar.</translation>
    </message>
    <message>
        <source>The minimum top-up is %1.</source>
        <translation>Top-up minimal %1.</translation>
    </message>
    <message>
        <source>The maximum top-up is %1.</source>
        <translation>Top-up maksimal %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingListModel</name>
    <message>
        <source>being re-checked</source>
        <translation>sedang dicek ulang</translation>
    </message>
    <message>
        <source>%1, needs the manager</source>
        <translation>%1, perlu manajer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingRestore</name>
    <message>
        <source>The restore request could not be read. Nothing was changed.</source>
        <translation>Permintaan pemulihan tidak bisa dibaca. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingSalesModel</name>
    <message>
        <source>SN %1</source>
        <translation>SN %1</translation>
    </message>
    <message>
        <source>Receipt %1, request %2, attempts %3</source>
        <translation>Struk %1, permintaan %2, percobaan %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Transaksi</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingSalesPanel</name>
    <message>
        <source>No sale is waiting for an outcome.</source>
        <translation>Tidak ada transaksi yang menunggu hasil.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Cek sekarang</translation>
    </message>
    <message>
        <source>Ask the server again about every sale in this list (same request, never a new charge).</source>
        <translation>Tanyakan lagi ke server tentang setiap transaksi di daftar ini (permintaan yang sama, tidak pernah potong saldo baru).</translation>
    </message>
    <message>
        <source>Being checked: %1</source>
        <translation>Sedang dicek: %1</translation>
    </message>
</context>
<context>
    <name>Kasir::PinDialog</name>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN manajer</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (manajer)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>There is no manager yet.</source>
        <translation>Belum ada manajer.</translation>
    </message>
    <message>
        <source>There are no users yet.</source>
        <translation>Belum ada pengguna.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>Hanya manajer yang boleh melakukan ini.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</source>
        <translation>PIN salah. Sisa %1 kali coba sebelum dikunci 5 menit.</translation>
    </message>
    <message>
        <source>%1 is locked after 5 wrong PINs. Try again in %2 minute(s).</source>
        <translation>%1 dikunci karena 5 kali salah PIN. Coba lagi dalam %2 menit.</translation>
    </message>
</context>
<context>
    <name>Kasir::PrivateCa</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>File sertifikat CA %1 tidak bisa dibaca: %2</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is too large to be a list of certificates.</source>
        <translation>File sertifikat CA %1 terlalu besar untuk berisi daftar sertifikat.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains a private key; give only the CA certificates.</source>
        <translation>File sertifikat CA %1 berisi kunci privat; berikan sertifikat CA saja.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>File sertifikat CA %1 tidak berisi sertifikat PEM.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds an unreadable certificate.</source>
        <translation>File sertifikat CA %1 berisi sertifikat yang tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in %2 expired on %3.</source>
        <translation>Sertifikat CA &quot;%1&quot; di %2 sudah kedaluwarsa pada %3.</translation>
    </message>
</context>
<context>
    <name>Kasir::ProductCatalog</name>
    <message>
        <source>Cannot read the product list %1: %2</source>
        <translation>Daftar produk %1 tidak bisa dibaca: %2</translation>
    </message>
    <message>
        <source>The product list is not valid JSON: %1</source>
        <translation>Daftar produk bukan JSON yang sah: %1</translation>
    </message>
    <message>
        <source>The product list has no products.</source>
        <translation>Daftar produk tidak berisi produk.</translation>
    </message>
    <message>
        <source>Product %1 is listed twice.</source>
        <translation>Produk %1 tercantum dua kali.</translation>
    </message>
    <message>
        <source>Product code &quot;%1&quot; must be 2 to 32 capital letters, digits or _.</source>
        <translation>Kode produk &quot;%1&quot; harus 2 sampai 32 huruf kapital, angka atau _.</translation>
    </message>
    <message>
        <source>Product %1: functionKey must be 1 to 12.</source>
        <translation>Produk %1: functionKey harus 1 sampai 12.</translation>
    </message>
    <message>
        <source>Product %1: accountPattern is not a valid pattern.</source>
        <translation>Produk %1: accountPattern bukan pola yang sah.</translation>
    </message>
    <message>
        <source>Product %1: customer must be &quot;phone&quot; or &quot;account&quot;.</source>
        <translation>Produk %1: customer harus &quot;phone&quot; atau &quot;account&quot;.</translation>
    </message>
    <message>
        <source>Product %1: minAmount and maxAmount must be whole rupiah.</source>
        <translation>Produk %1: minAmount dan maxAmount harus rupiah bulat.</translation>
    </message>
    <message>
        <source>Product %1: maxAmount is below minAmount.</source>
        <translation>Produk %1: maxAmount lebih kecil dari minAmount.</translation>
    </message>
    <message>
        <source>Product %1: maxAdminFee must be whole rupiah.</source>
        <translation>Produk %1: maxAdminFee harus rupiah bulat.</translation>
    </message>
</context>
<context>
    <name>Kasir::QtPageRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak bisa menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the receipt into %1.</source>
        <translation>Struk tidak bisa digambar ke %1.</translation>
    </message>
    <message>
        <source>No default printer is set up on this computer.</source>
        <translation>Belum ada printer utama di komputer ini.</translation>
    </message>
    <message>
        <source>There is no printer called %1 on this computer.</source>
        <translation>Tidak ada printer bernama %1 di komputer ini.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the receipt.</source>
        <translation>Printer %1 tidak menerima struk.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>Printer %1 melaporkan kesalahan.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReceiptActions</name>
    <message>
        <source>This receipt is already being printed.</source>
        <translation>Struk ini sedang dicetak.</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Sedang mencetak struk…</translation>
    </message>
    <message>
        <source>Receipt %1 was NOT printed: %2 The sale itself is unchanged; print it again when the printer is ready.</source>
        <translation>Struk %1 TIDAK tercetak: %2 Transaksinya sendiri tidak berubah; cetak lagi kalau printer sudah siap.</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Struk %1 sudah dicetak.</translation>
    </message>
    <message>
        <source>Receipt %1 printed as COPY %2.</source>
        <translation>Struk %1 dicetak sebagai SALINAN %2.</translation>
    </message>
    <message>
        <source>Receipt %1 — preview</source>
        <translation>Struk %1 — pratinjau</translation>
    </message>
    <message>
        <source>Not printed: a second reprint of a receipt needs the manager&apos;s PIN.</source>
        <translation>Tidak dicetak: cetak ulang kedua sebuah struk perlu PIN manajer.</translation>
    </message>
    <message>
        <source>Not shown: a second reprint of a receipt needs the manager&apos;s PIN.</source>
        <translation>Tidak ditampilkan: cetak ulang kedua sebuah struk perlu PIN manajer.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReceiptPrinter</name>
    <message>
        <source>This receipt is already being printed.</source>
        <translation>Struk ini sedang dicetak.</translation>
    </message>
    <message>
        <source>No sale with id %1 in the journal.</source>
        <translation>Tidak ada transaksi dengan id %1 di jurnal.</translation>
    </message>
    <message>
        <source>This program was built without PDF and printer support.</source>
        <translation>Program ini dibuat tanpa dukungan PDF dan printer.</translation>
    </message>
    <message>
        <source>Printed, but the print could not be written to the journal: %1</source>
        <translation>Sudah dicetak, tapi cetakan ini tidak bisa dicatat di jurnal: %1</translation>
    </message>
</context>
<context>
    <name>Kasir::ReportPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak bisa dijalankan.</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer.</source>
        <translation>Belum ada printer struk yang dipasang di komputer ini.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Untung</translation>
    </message>
    <message>
        <source>Totals (SUCCESS sales)</source>
        <translation>Total (penjualan BERHASIL)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per dompet</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per kasir</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cash and deposit</source>
        <translation>Uang tunai dan deposit</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Uang masuk laci</translation>
    </message>
    <message>
        <source>Customers still owe</source>
        <translation>Pelanggan masih utang</translation>
    </message>
    <message>
        <source>Deposit, first balance</source>
        <translation>Deposit, saldo pertama</translation>
    </message>
    <message>
        <source>Deposit, last balance</source>
        <translation>Deposit, saldo terakhir</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal laci</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Uang seharusnya</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Uang dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Deposit gaps (moved outside this counter)</source>
        <translation>Selisih deposit (berubah di luar kasir ini)</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Antara</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>top-up: </source>
        <translation>isi deposit: </translation>
    </message>
    <message>
        <source>Pending or flagged</source>
        <translation>Tertunda atau ditandai</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>, flagged</source>
        <translation>, ditandai</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Tidak bisa menulis PDF %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReportText</name>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Sales (SUCCESS)</source>
        <translation>Penjualan (BERHASIL)</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost (deposit)</source>
        <translation>Modal (deposit)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Untung</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per dompet</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n penjualan</numerusform>
        </translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>untung</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per kasir</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Uang masuk laci</translation>
    </message>
    <message>
        <source>Customers still owe</source>
        <translation>Pelanggan masih utang</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>First balance</source>
        <translation>Saldo pertama</translation>
    </message>
    <message>
        <source>Last balance</source>
        <translation>Saldo terakhir</translation>
    </message>
    <message>
        <source>No gap: the deposit moved only with these sales.</source>
        <translation>Tidak ada selisih: deposit hanya berubah karena penjualan ini.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>top-up: %1</source>
        <translation>isi deposit: %1</translation>
    </message>
    <message>
        <source>No sale pending or flagged.</source>
        <translation>Tidak ada penjualan tertunda atau ditandai.</translation>
    </message>
    <message>
        <source>Pending / flagged: %1</source>
        <translation>Tertunda / ditandai: %1</translation>
    </message>
    <message>
        <source>X REPORT</source>
        <translation>LAPORAN X</translation>
    </message>
    <message>
        <source>not a close; changes nothing</source>
        <translation>bukan tutup buku; tidak mengubah apa pun</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Dicetak: %1</translation>
    </message>
    <message>
        <source>CLOSE (Z) No. %1</source>
        <translation>TUTUP BUKU (Z) No. %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Ditutup: %1</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Hitung kas</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal laci</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>Kasir::ResolveDialog</name>
    <message>
        <source>SUCCESS: the customer got the top-up</source>
        <translation>BERHASIL: pelanggan sudah menerima saldo</translation>
    </message>
    <message>
        <source>FAILED: verified not charged</source>
        <translation>GAGAL: sudah dicek, tidak terpotong</translation>
    </message>
    <message>
        <source>Resolve a flagged sale</source>
        <translation>Selesaikan penjualan bertanda</translation>
    </message>
    <message>
        <source>Receipt %1, %2 %3.
Why it was held: %4
Ask the provider first; this decision is kept with the sale and the sale is never sent again.</source>
        <translation>Struk %1, %2 %3.
Kenapa ditahan: %4
Tanyakan dulu ke provider; keputusan ini disimpan bersama penjualan dan penjualan ini tidak akan dikirim lagi.</translation>
    </message>
    <message>
        <source>verified price, e.g. 51500 (empty: the price in the answer)</source>
        <translation>harga yang sudah dicek, mis. 51500 (kosong: harga dari jawaban)</translation>
    </message>
    <message>
        <source>What the provider confirmed, and who you spoke to</source>
        <translation>Apa yang dipastikan provider, dan dengan siapa Anda bicara</translation>
    </message>
    <message>
        <source>Verified price</source>
        <translation>Harga yang dicek</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Catatan (wajib)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Kasir::ResolveNotice</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4 is now %5.</source>
        <translation>%1: %2 %3 ke %4 sekarang %5.</translation>
    </message>
    <message>
        <source>Give the customer the SN %1.</source>
        <translation>Berikan SN %1 ke pelanggan.</translation>
    </message>
    <message>
        <source>Nothing was charged: give the customer&apos;s money back.</source>
        <translation>Tidak ada saldo terpotong: kembalikan uang pelanggan.</translation>
    </message>
</context>
<context>
    <name>Kasir::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the journal. The journal as it is now is kept as a backup first. The window restarts to load the restored journal.</source>
        <translation>Pilih cadangan yang menggantikan jurnal. Jurnal yang sekarang disimpan dulu sebagai cadangan. Aplikasi dibuka ulang untuk memuat jurnal hasil pemulihan.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 KB)</source>
        <translation>%1 — %2 (%3 KB)</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Pulihkan dan buka ulang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Belum ada cadangan untuk jurnal ini.</translation>
    </message>
    <message>
        <source>This backup cannot be compared with the journal: %1</source>
        <translation>Cadangan ini tidak bisa dibandingkan dengan jurnal: %1</translation>
    </message>
    <message>
        <source>The backup holds every sale of the journal as it is now.</source>
        <translation>Cadangan ini memuat semua penjualan yang ada di jurnal sekarang.</translation>
    </message>
    <message numerus="yes">
        <source>The journal holds %n sale(s) newer than this backup. Restoring it takes them out of the journal (they stay in the backup kept first).</source>
        <translation>
            <numerusform>Jurnal memuat %n penjualan yang lebih baru dari cadangan ini. Pemulihan akan mengeluarkannya dari jurnal (tetap tersimpan di cadangan yang dibuat dulu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, replace the %n newer sale(s)</source>
        <translation>
            <numerusform>Ya, ganti %n penjualan yang lebih baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the backup with the journal…</source>
        <translation>Membandingkan cadangan dengan jurnal…</translation>
    </message>
</context>
<context>
    <name>Kasir::ResultPanel</name>
    <message>
        <source>SN (serial number)</source>
        <translation>SN (nomor seri)</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>Ref ID</translation>
    </message>
    <message>
        <source>Print receipt — not available yet</source>
        <translation>Cetak struk — belum tersedia</translation>
    </message>
    <message>
        <source>Receipt printing comes with a later update.</source>
        <translation>Cetak struk hadir di pembaruan berikutnya.</translation>
    </message>
    <message>
        <source>Printing comes with a later update. Write the SN down for the customer if asked.</source>
        <translation>Cetak struk hadir di pembaruan berikutnya. Tuliskan SN untuk pelanggan bila diminta.</translation>
    </message>
    <message>
        <source>New sale (Enter / Esc)</source>
        <translation>Transaksi baru (Enter / Esc)</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Struk: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · top-up %3</source>
        <translation>%1 · %2 · top-up %3</translation>
    </message>
    <message>
        <source>Total collected: %1</source>
        <translation>Total diterima: %1</translation>
    </message>
    <message>
        <source>Cash %1, change %2</source>
        <translation>Tunai %1, kembalian %2</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Waktu: %1</translation>
    </message>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Ditandai untuk manajer: %1</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>BERHASIL</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 balance was topped up with %2.</source>
        <translation>Saldo %1 pelanggan sudah terisi %2.</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(tidak dikirim)</translation>
    </message>
    <message>
        <source>FAILED — nothing charged</source>
        <translation>GAGAL — tidak ada saldo terpotong</translation>
    </message>
    <message>
        <source>REJECTED — nothing charged</source>
        <translation>DITOLAK — tidak ada saldo terpotong</translation>
    </message>
    <message>
        <source>BEING CHECKED — do NOT repeat</source>
        <translation>SEDANG DICEK — JANGAN diulang</translation>
    </message>
    <message>
        <source>The outcome is not known yet and is being checked with the server automatically. Do NOT repeat this sale: the customer may already have the top-up. Keep the money until the result is known; the list on the right updates by itself.</source>
        <translation>Hasilnya belum diketahui dan sedang dicek ke server secara otomatis. JANGAN ulangi transaksi ini: saldo pelanggan mungkin sudah terisi. Simpan uangnya sampai hasilnya jelas; daftar di kanan diperbarui sendiri.</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Jawaban terakhir: %1</translation>
    </message>
    <message>
        <source>Confirmed by checking again with the server: it is safe to give the customer the SN.</source>
        <translation>Terkonfirmasi setelah dicek ulang ke server: SN aman diberikan ke pelanggan.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server: %1 (rc %2)</source>
        <translation>Server: %1 (rc %2)</translation>
    </message>
    <message>
        <source>The cost price changed: confirmed %1, charged %2.</source>
        <translation>Harga modal berubah: disetujui %1, terpotong %2.</translation>
    </message>
    <message>
        <source>The store&apos;s deposit at the merchant is too low for this top-up.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>Deposit toko di merchant tidak cukup untuk top-up ini.
Tidak ada saldo terpotong. Kembalikan uang pelanggan.</translation>
    </message>
    <message>
        <source>The server refused this top-up.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>Server menolak top-up ini.
Tidak ada saldo terpotong. Kembalikan uang pelanggan.</translation>
    </message>
    <message>
        <source>The server refused the request before processing it.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>Server menolak permintaan sebelum diproses.
Tidak ada saldo terpotong. Kembalikan uang pelanggan.</translation>
    </message>
    <message>
        <source>NOT SENT — will be sent again by itself</source>
        <translation>BELUM TERKIRIM — akan dikirim ulang otomatis</translation>
    </message>
    <message>
        <source>Nothing reached the server, so nothing was charged. The sale is kept and will be sent again safely with the same req_id; it is in the list on the right. No new sale is needed. Keep the money until the result is known.</source>
        <translation>Tidak ada yang sampai ke server, jadi tidak ada saldo terpotong. Transaksi disimpan dan akan dikirim ulang dengan aman memakai req_id yang sama; transaksinya ada di daftar sebelah kanan. Tidak perlu membuat transaksi baru. Simpan uangnya sampai hasilnya jelas.</translation>
    </message>
    <message>
        <source>Print receipt (F9)</source>
        <translation>Cetak struk (F9)</translation>
    </message>
    <message>
        <source>Print the receipt; later prints are marked SALINAN / COPY.</source>
        <translation>Cetak struk; cetakan berikutnya bertanda SALINAN / COPY.</translation>
    </message>
    <message>
        <source>F7: the last sales, to reprint or look up an SN.</source>
        <translation>F7: transaksi terakhir, untuk cetak ulang atau mencari SN.</translation>
    </message>
</context>
<context>
    <name>Kasir::RuntimeConfig</name>
    <message>
        <source>An API key is configured but no server address: set KASIR_BASE_URL.</source>
        <translation>Kunci API sudah diatur tetapi alamat server belum: atur KASIR_BASE_URL.</translation>
    </message>
    <message>
        <source>The API key file %1 cannot be read.</source>
        <translation>Berkas kunci API %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The API key file %1 is empty.</source>
        <translation>Berkas kunci API %1 kosong.</translation>
    </message>
</context>
<context>
    <name>Kasir::SaleDecision</name>
    <message>
        <source>the answer does not echo the request (%1)</source>
        <translation>jawaban tidak sesuai dengan permintaan (%1)</translation>
    </message>
    <message>
        <source>the answer names req_id %1</source>
        <translation>jawaban menyebut req_id %1</translation>
    </message>
    <message>
        <source>price changed: confirmed %1, charged %2</source>
        <translation>harga berubah: dikonfirmasi %1, dipotong %2</translation>
    </message>
    <message>
        <source>SUCCESS without a readable unit_price (&quot;%1&quot;)</source>
        <translation>SUCCESS tanpa unit_price yang terbaca (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>SUCCESS answer held for the manager: %1</source>
        <translation>Jawaban SUCCESS ditahan untuk manajer: %1</translation>
    </message>
    <message>
        <source>FAILED answer held for the manager: %1</source>
        <translation>Jawaban FAILED ditahan untuk manajer: %1</translation>
    </message>
    <message>
        <source>the server reports a req_id conflict (HTTP 409) on a re-check: %1</source>
        <translation>server melaporkan req_id bentrok (HTTP 409) saat cek ulang: %1</translation>
    </message>
    <message>
        <source>re-check refused (HTTP 409): %1; the earlier attempt is still unknown</source>
        <translation>cek ulang ditolak (HTTP 409): %1; hasil percobaan sebelumnya masih belum diketahui</translation>
    </message>
    <message>
        <source>re-check refused (HTTP %1): %2; the earlier attempt is still unknown</source>
        <translation>cek ulang ditolak (HTTP %1): %2; hasil percobaan sebelumnya masih belum diketahui</translation>
    </message>
    <message>
        <source>%1; held for the manager: %2</source>
        <translation>%1; ditahan untuk manajer: %2</translation>
    </message>
</context>
<context>
    <name>Kasir::SaleService</name>
    <message>
        <source>No product chosen.</source>
        <translation>Produk belum dipilih.</translation>
    </message>
    <message>
        <source>No customer number.</source>
        <translation>Nomor pelanggan kosong.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>Nominal minimal %1.</translation>
    </message>
    <message>
        <source>The store fee cannot be negative.</source>
        <translation>Biaya admin tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The confirmed price is not valid.</source>
        <translation>Harga yang dikonfirmasi tidak sah.</translation>
    </message>
    <message>
        <source>The req_id must be 1-64 letters, digits or . _ : -</source>
        <translation>req_id harus 1-64 huruf, angka atau . _ : -</translation>
    </message>
    <message>
        <source>The receipt journal refuses writes, so nothing was sent: %1</source>
        <translation>Jurnal struk menolak penulisan, jadi tidak ada yang dikirim: %1</translation>
    </message>
    <message>
        <source>The sale could not be written to the receipt journal, so nothing was sent: %1</source>
        <translation>Transaksi tidak bisa ditulis ke jurnal struk, jadi tidak ada yang dikirim: %1</translation>
    </message>
    <message>
        <source>Cash received (%1) is less than the total to collect (%2).</source>
        <translation>Uang diterima (%1) kurang dari total yang harus dibayar (%2).</translation>
    </message>
    <message>
        <source>The req_id %1 is already receipt %2 (%3).</source>
        <translation>req_id %1 sudah dipakai untuk struk %2 (%3).</translation>
    </message>
    <message>
        <source>The req_id %1 already belongs to receipt %2 with another product, number or amount; a req_id is never used for a second sale.</source>
        <translation>req_id %1 sudah dipakai struk %2 dengan produk, nomor atau nominal lain; satu req_id tidak pernah dipakai untuk transaksi kedua.</translation>
    </message>
    <message>
        <source>The same sale (%1 %2 %3) was made at %4 as receipt %5, status %6.</source>
        <translation>Transaksi yang sama (%1 %2 %3) sudah dibuat jam %4 dengan struk %5, status %6.</translation>
    </message>
</context>
<context>
    <name>Kasir::SaleStatusBar</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Demo mode: a local simulator, no real money.</source>
        <translation>Mode demo: simulator lokal, tanpa uang sungguhan.</translation>
    </message>
    <message>
        <source>Live: real money through the merchant API.</source>
        <translation>Live: uang sungguhan melalui API merchant.</translation>
    </message>
    <message>
        <source>Deposit: —</source>
        <translation>Deposit: —</translation>
    </message>
    <message>
        <source>Merchant deposit from the last answer of the server.</source>
        <translation>Deposit merchant dari jawaban server terakhir.</translation>
    </message>
    <message>
        <source>Server: not contacted yet</source>
        <translation>Server: belum dihubungi</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Kasir: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diatur)</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Deposit: %1</translation>
    </message>
    <message>
        <source>Server: connected</source>
        <translation>Server: terhubung</translation>
    </message>
    <message>
        <source>Being checked: %1</source>
        <translation>Sedang dicek: %1</translation>
    </message>
    <message>
        <source>Server: connection problem</source>
        <translation>Server: koneksi bermasalah</translation>
    </message>
    <message>
        <source>Deposit: %1 — LOW</source>
        <translation>Deposit: %1 — MENIPIS</translation>
    </message>
    <message>
        <source>The merchant deposit is below %1: top it up.</source>
        <translation>Deposit merchant di bawah %1: segera isi ulang.</translation>
    </message>
</context>
<context>
    <name>Kasir::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Merchant API</source>
        <translation>API merchant</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak diubah</translation>
    </message>
    <message>
        <source> s</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>Asks a price (an inquiry): nothing is charged.</source>
        <translation>Menanyakan harga (inquiry): tidak ada yang ditagih.</translation>
    </message>
    <message>
        <source>Counter and prices</source>
        <translation>Kasir dan harga</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID terminal</translation>
    </message>
    <message>
        <source>Store fee %1 (Rp)</source>
        <translation>Biaya toko %1 (Rp)</translation>
    </message>
    <message>
        <source>Warn when the deposit is below (Rp)</source>
        <translation>Peringatan kalau deposit di bawah (Rp)</translation>
    </message>
    <message>
        <source>Warn about a repeated sale within</source>
        <translation>Peringatan penjualan berulang dalam</translation>
    </message>
    <message>
        <source>A short sound when a sale being checked gets its outcome</source>
        <translation>Bunyi singkat saat transaksi yang sedang dicek mendapat hasil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Disimpan di: %1</translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation>Alamat API: %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Kunci API: %1</translation>
    </message>
    <message>
        <source>Terminal id: 1 to 16 letters, digits or _, e.g. K01.</source>
        <translation>ID terminal: 1 sampai 16 huruf, angka atau _, misalnya K01.</translation>
    </message>
    <message>
        <source>Store fee %1: a whole number of rupiah from 0 to 100.000.</source>
        <translation>Biaya toko %1: angka rupiah bulat dari 0 sampai 100.000.</translation>
    </message>
    <message>
        <source>Deposit warning: a whole number of rupiah, e.g. 200000.</source>
        <translation>Peringatan deposit: angka rupiah bulat, misalnya 200000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the API key was not: %1</source>
        <translation>Pengaturan lain sudah disimpan, tapi kunci API belum: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Saved. The language changes at the next start; the rest applies now.</source>
        <translation>Tersimpan. Bahasa berganti saat aplikasi dibuka lagi; yang lain langsung berlaku.</translation>
    </message>
    <message>
        <source>Saved. The changes apply now.</source>
        <translation>Tersimpan. Perubahan langsung berlaku.</translation>
    </message>
    <message>
        <source>Asking the server a price… (nothing is charged)</source>
        <translation>Menanyakan harga ke server… (tidak ada yang ditagih)</translation>
    </message>
    <message>
        <source>Connected: the server answered the price inquiry.</source>
        <translation>Terhubung: server menjawab pertanyaan harga.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Tes koneksi gagal: %1</translation>
    </message>
    <message>
        <source>no usable answer</source>
        <translation>tidak ada jawaban yang bisa dipakai</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Up to %1 lines</source>
        <translation>Paling banyak %1 baris</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Catatan kaki</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>Printer bawaan</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS): device or address</source>
        <translation>Printer struk (ESC/POS): perangkat atau alamat</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>File PDF di sebuah folder</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Cetak ke</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 karakter)</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 karakter)</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>Print the receipt by itself after each successful sale</source>
        <translation>Cetak struk otomatis setiap penjualan berhasil</translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or 192.168.1.50:9100</source>
        <translation>/dev/usb/lp0 atau 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>A folder, e.g. /home/kasir/struk</source>
        <translation>Sebuah folder, misalnya /home/kasir/struk</translation>
    </message>
    <message>
        <source>Store name: 1 to %1 characters; it heads every receipt.</source>
        <translation>Nama toko: 1 sampai %1 karakter; tercetak di atas setiap struk.</translation>
    </message>
    <message>
        <source>Address: at most %1 lines.</source>
        <translation>Alamat: paling banyak %1 baris.</translation>
    </message>
    <message>
        <source>Address: each line at most %1 characters.</source>
        <translation>Alamat: setiap baris paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Footer: at most %1 characters.</source>
        <translation>Catatan kaki: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Print to: give the folder for the PDF files.</source>
        <translation>Cetak ke: isi folder untuk file PDF.</translation>
    </message>
    <message>
        <source>Print to: give the device (/dev/usb/lp0) or the address (HOST:PORT) of the receipt printer.</source>
        <translation>Cetak ke: isi perangkat (/dev/usb/lp0) atau alamat (HOST:PORT) printer struk.</translation>
    </message>
    <message>
        <source>Print to: %1</source>
        <translation>Cetak ke: %1</translation>
    </message>
    <message>
        <source>Show the customer&apos;s last sale under the number (F8)</source>
        <translation>Tampilkan penjualan terakhir pelanggan di bawah nomornya (F8)</translation>
    </message>
    <message>
        <source>F8 repeats that sale: same wallet and amount, with the usual price check.</source>
        <translation>F8 mengulang penjualan itu: e-wallet dan nominal yang sama, dengan cek harga seperti biasa.</translation>
    </message>
</context>
<context>
    <name>Kasir::ShiftController</name>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Start of shift: who is at the counter?</source>
        <translation>Mulai shift: siapa yang jaga kasir?</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Put a backup in place of the journal (the manager&apos;s PIN again).</source>
        <translation>Ganti jurnal dengan sebuah cadangan (perlu PIN manajer lagi).</translation>
    </message>
    <message>
        <source>Not restored: a sale is being paid. Restore once it has its answer.</source>
        <translation>Tidak dipulihkan: ada penjualan yang sedang dibayar. Pulihkan setelah hasilnya keluar.</translation>
    </message>
</context>
<context>
    <name>Kasir::StatusTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
</context>
<context>
    <name>Kasir::TopUpPage</name>
    <message>
        <source>Price check cancelled. Nothing was sent for payment.</source>
        <translation>Cek harga dibatalkan. Tidak ada pembayaran yang dikirim.</translation>
    </message>
    <message>
        <source>The same top-up was made recently: answer the question first.</source>
        <translation>Top-up yang sama baru saja dilakukan: jawab pertanyaannya dulu.</translation>
    </message>
    <message>
        <source>Not sent: the earlier sale stands. Esc goes back.</source>
        <translation>Tidak dikirim: transaksi sebelumnya tetap berlaku. Esc untuk kembali.</translation>
    </message>
    <message>
        <source>Not sent, nothing charged: %1</source>
        <translation>Tidak dikirim, tidak ada saldo terpotong: %1</translation>
    </message>
    <message>
        <source>The price check could not be started. Nothing was charged; press Enter to try again.</source>
        <translation>Cek harga tidak bisa dimulai. Tidak ada saldo terpotong; tekan Enter untuk coba lagi.</translation>
    </message>
    <message>
        <source>The server&apos;s price could not be read. Nothing was charged; press Enter to try again.</source>
        <translation>Harga dari server tidak terbaca. Tidak ada saldo terpotong; tekan Enter untuk coba lagi.</translation>
    </message>
    <message>
        <source>Price received: &quot;%1&quot;</source>
        <translation>Harga yang diterima: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>The same top-up is still being checked: see the question.</source>
        <translation>Top-up yang sama masih sedang dicek: lihat pertanyaannya.</translation>
    </message>
    <message>
        <source>Not sent. The earlier sale is being checked now: its result appears in the list on the right. Esc goes back.</source>
        <translation>Tidak dikirim. Transaksi sebelumnya sedang dicek sekarang: hasilnya muncul di daftar kanan. Esc untuk kembali.</translation>
    </message>
    <message>
        <source>Not sent: the earlier sale is still being checked. Esc goes back.</source>
        <translation>Tidak dikirim: transaksi sebelumnya masih dicek. Esc untuk kembali.</translation>
    </message>
    <message>
        <source>The server refused the price check, nothing charged. Check the number and the amount, then Enter to try again.</source>
        <translation>Server menolak cek harga, tidak ada saldo terpotong. Periksa nomor dan nominal, lalu Enter untuk coba lagi.</translation>
    </message>
    <message>
        <source>Price check failed, nothing charged. Check the connection, then Enter to try again.</source>
        <translation>Cek harga gagal, tidak ada saldo terpotong. Periksa koneksi, lalu Enter untuk coba lagi.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>tidak ada jawaban dalam batas waktu</translation>
    </message>
    <message>
        <source>no HTTP answer (the connection failed or was closed)</source>
        <translation>tidak ada jawaban HTTP (koneksi gagal atau terputus)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Kasir::UserDirectory</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters.</source>
        <translation>Nama pengguna terdiri dari 1 sampai 40 karakter.</translation>
    </message>
    <message>
        <source>The PIN was not hashed as required.</source>
        <translation>PIN tidak diamankan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>Sudah ada pengguna bernama %1.</translation>
    </message>
    <message>
        <source>The journal cannot be written; the user was not added.</source>
        <translation>Jurnal tidak bisa ditulis; pengguna tidak ditambahkan.</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>Pengguna tidak ditambahkan: %1</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs; try again in %3 minute(s).</source>
        <translation>%1 dikunci karena %2 kali salah PIN; coba lagi dalam %3 menit.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Tidak ada pengguna bernama %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</source>
        <translation>PIN salah. Sisa %1 kali coba sebelum dikunci 5 menit.</translation>
    </message>
    <message>
        <source>The PIN check could not be recorded in the journal: %1</source>
        <translation>Pemeriksaan PIN tidak bisa dicatat di jurnal: %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>SENDING</source>
        <translation>MENGIRIM</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>BERHASIL</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>SEDANG DICEK</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>DITOLAK</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kasir E-Wallet</source>
        <translation>Kasir E-Wallet</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Simulator demo tidak bisa dijalankan: %1</translation>
    </message>
    <message>
        <source>The receipt journal %1 cannot be used: %2
The file was left as it is.</source>
        <translation>Jurnal struk %1 tidak bisa dipakai: %2
Berkas dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>The receipt journal is damaged, so no more sales can be recorded: %1</source>
        <translation>Jurnal struk rusak, jadi penjualan baru tidak bisa dicatat: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>The journal was restored from %1. The journal as it was is kept as %2.</source>
        <translation>Jurnal sudah dipulihkan dari %1. Jurnal yang lama disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Cadangan tidak dipulihkan: %1</translation>
    </message>
</context>
</TS>
