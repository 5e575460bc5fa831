#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Kasir {

enum class SaleStatus {
    Paying, // committed before the payment was sent; outcome not yet known
    Success,
    Failed, // definitive FAILED from the server: nothing charged
    Pending, // outcome unknown: being re-checked with the same req_id
    Rejected, // refused before processing (4xx): nothing charged, not retried
};

QString saleStatusName(SaleStatus status); // "PAYING", "SUCCESS", ...
std::optional<SaleStatus> saleStatusFromName(const QString &name); // case-insensitive

// One row of the transaction journal, as a value.
struct SaleRecord
{
    qint64 id = 0;
    QString receiptNo; // "K01-20261124-0007"
    QString terminalId; // "K01": the till that made the sale
    QString reqId;
    QString productId;
    QString custId; // normalised
    Money amount; // nominal
    std::optional<Money> inquiryUnitPrice; // price confirmed by the cashier
    std::optional<Money> unitPrice; // price charged by the final answer
    Money sellingPrice; // what the customer pays
    Money storeFee; // sellingPrice - confirmed unit price
    std::optional<Money> cashReceived;
    std::optional<Money> change;
    SaleStatus status = SaleStatus::Paying;
    QString rc;
    QString description;
    QString message;
    QString refId;
    QString serialNo;
    std::optional<Money> balanceUsed;
    std::optional<Money> balanceAfter;
    QString cashier;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime completedUtc;
    int attempts = 0;
    QString lastError;
    int printedCount = 0;
    bool flagged = false; // needs the manager's attention (echo mismatch, price mismatch)
    QString flagReason;
    QDateTime nextCheckUtc; // when recovery re-sends next (PAYING/PENDING only)

    bool isUnresolved() const { return status == SaleStatus::Paying || status == SaleStatus::Pending; }

    // Sets change from the cash received and the selling price, never below zero.
    void settleCash();
    // What the cash received does not cover on a SUCCESS (selling price above the cash, known
    // only from the answer of a direct payment); nullopt when nothing is owed. Derived from
    // selling_price and cash_received, so a report sums it in SQL as
    // MAX(0, selling_price - cash_received) over SUCCESS rows with cash_received.
    std::optional<Money> customerOwes() const;
};

} // namespace Kasir

Q_DECLARE_METATYPE(Kasir::SaleRecord)
