#pragma once

#include <QString>

namespace PpobSandbox {

// One e-wallet product the sandbox sells: unit_price = amount + fee.
struct SandboxProduct
{
    enum class Customer { Phone, Account };

    QString productId; // "GOPAY"
    QString name; // "GoPay"
    QString operatorName; // used in messages: "TOPUP GOPAY 50000 KE ..."
    qint64 fee = 0;
    QString serialPrefix; // serial_no = prefix + 9 digits
    qint64 minAmount = 1000;
    qint64 maxAmount = 10000000;
    Customer customer = Customer::Phone; // Phone: 08 followed by 8 to 11 digits
};

} // namespace PpobSandbox
