#pragma once

#include "receipt/ReceiptOptions.h"
#include "store/SaleRecord.h"

#include <QTimeZone>

// Fixed sales and options for the receipt tests: every field that reaches a receipt is set.
namespace ReceiptSamples {

inline Kasir::SaleRecord sale(Kasir::SaleStatus status)
{
    using Kasir::Money;
    Kasir::SaleRecord r;
    r.id = 7;
    r.receiptNo = QStringLiteral("K01-20261125-0007");
    r.terminalId = QStringLiteral("K01");
    r.reqId = QStringLiteral("KSR-K01-20261125070312-9f2c4e1a7b3d5e60");
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("081234567890");
    r.amount = Money::fromRupiah(50000);
    r.inquiryUnitPrice = Money::fromRupiah(51500);
    r.unitPrice = Money::fromRupiah(51500);
    r.storeFee = Money::fromRupiah(1000);
    r.sellingPrice = Money::fromRupiah(52500);
    r.cashReceived = Money::fromRupiah(60000);
    r.change = Money::fromRupiah(7500);
    r.status = status;
    r.cashier = QStringLiteral("Rina Wulandari");
    r.createdUtc = QDateTime(QDate(2026, 11, 25), QTime(7, 3, 12), Qt::UTC);
    switch (status) {
    case Kasir::SaleStatus::Success:
        r.rc = QStringLiteral("00");
        r.description = QStringLiteral("Transaksi Sukses");
        r.refId = QStringLiteral("1795680910508000000");
        r.serialNo = QStringLiteral("GW7710336920458811223344556677889900");
        break;
    case Kasir::SaleStatus::Failed:
        r.rc = QStringLiteral("014");
        r.description = QStringLiteral("Nomor tujuan salah / tidak terdaftar");
        r.refId = QStringLiteral("1795680910508000001");
        break;
    default:
        r.lastError = QStringLiteral("timeout");
        break;
    }
    return r;
}

inline Kasir::ReceiptOptions options(
    int columns, const QString &language = QStringLiteral("id"), int copy = 0)
{
    Kasir::ReceiptOptions o;
    o.storeName = QStringLiteral("Toko Sumber Rejeki");
    o.addressLines
        = { QStringLiteral("Jl. Kaliurang Km 5 No. 12, Sleman"), QStringLiteral("Telp 0274-555-123") };
    o.footer = QStringLiteral("Terima kasih. Simpan struk ini sebagai bukti top-up.");
    o.columns = columns;
    o.language = language;
    o.productName = QStringLiteral("GoPay");
    o.copyNumber = copy;
    o.printedUtc = QDateTime(QDate(2026, 11, 26), QTime(2, 30, 0), Qt::UTC);
    o.printedBy = QStringLiteral("Budi");
    o.timeZone = QTimeZone("Asia/Jakarta");
    return o;
}

} // namespace ReceiptSamples
