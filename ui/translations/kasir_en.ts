<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Kasir::AccessGate</name>
    <message>
        <source>The settings need the manager&apos;s PIN.</source>
        <translation>The settings need the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>The manager page needs the manager&apos;s PIN.</source>
        <translation>The manager page needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Closing the day needs the manager&apos;s PIN.</source>
        <translation>Closing the day needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>A second reprint needs the manager&apos;s PIN.</source>
        <translation>A second reprint needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Restoring a backup needs the manager&apos;s PIN.</source>
        <translation>Restoring a backup needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Adding users needs the manager&apos;s PIN.</source>
        <translation>Adding users needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>This needs the manager&apos;s PIN.</source>
        <translation>This needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Settling a flagged sale needs the manager&apos;s PIN.</source>
        <translation>Settling a flagged sale needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Saving the manager&apos;s figures needs the manager&apos;s PIN.</source>
        <translation>Saving the manager&apos;s figures needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>%1 is logged in as a cashier: ask a manager to type their PIN here.</source>
        <translation>%1 is logged in as a cashier: ask a manager to type their PIN here.</translation>
    </message>
</context>
<context>
    <name>Kasir::AnswerCheck</name>
    <message>
        <source>%1 &quot;%2&quot; is not an amount</source>
        <translation>%1 &quot;%2&quot; is not an amount</translation>
    </message>
    <message>
        <source>%1 is zero</source>
        <translation>%1 is zero</translation>
    </message>
    <message>
        <source>%1 %2 is below the nominal %3</source>
        <translation>%1 %2 is below the nominal %3</translation>
    </message>
    <message>
        <source>%1 %2 is more than the nominal %3 plus the largest admin fee %4</source>
        <translation>%1 %2 is more than the nominal %3 plus the largest admin fee %4</translation>
    </message>
    <message>
        <source>the data says SUCCESS but the top level says success false</source>
        <translation>the data says SUCCESS but the top level says success false</translation>
    </message>
    <message>
        <source>the top-level rc %1 contradicts the data&apos;s rc %2</source>
        <translation>the top-level rc %1 contradicts the data&apos;s rc %2</translation>
    </message>
    <message>
        <source>balance_used %1 differs from unit_price %2</source>
        <translation>balance_used %1 differs from unit_price %2</translation>
    </message>
    <message>
        <source>a FAILED answer with rc %1</source>
        <translation>a FAILED answer with rc %1</translation>
    </message>
    <message>
        <source>a FAILED answer with serial number %1</source>
        <translation>a FAILED answer with serial number %1</translation>
    </message>
    <message>
        <source>a FAILED answer with balance_used %1</source>
        <translation>a FAILED answer with balance_used %1</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cancelled; the outcome is unknown.</source>
        <translation>Cancelled; the outcome is unknown.</translation>
    </message>
    <message>
        <source>Connection problem (%1); the outcome is unknown.</source>
        <translation>Connection problem (%1); the outcome is unknown.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB and was cut off; the outcome is unknown.</source>
        <translation>The server&apos;s answer was larger than %1 KiB and was cut off; the outcome is unknown.</translation>
    </message>
    <message>
        <source>No connection to the server within %1 s: nothing reached the server.</source>
        <translation>No connection to the server within %1 s: nothing reached the server.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s; the outcome is unknown.</source>
        <translation>No complete answer within %1 s; the outcome is unknown.</translation>
    </message>
    <message>
        <source>Nothing reached the server (%1).</source>
        <translation>Nothing reached the server (%1).</translation>
    </message>
    <message>
        <source>The sale will be re-sent safely with the same req_id.</source>
        <translation>The sale will be re-sent safely with the same req_id.</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>the answer is not HTTP</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiKeyStore</name>
    <message>
        <source>An API key has 8 to 512 characters.</source>
        <translation>An API key has 8 to 512 characters.</translation>
    </message>
    <message>
        <source>An API key has no spaces and only plain ASCII characters.</source>
        <translation>An API key has no spaces and only plain ASCII characters.</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiResponseParser</name>
    <message>
        <source>No answer from the server.</source>
        <translation>No answer from the server.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1); redirects are not followed.</source>
        <translation>The server answered with a redirect (HTTP %1); redirects are not followed.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>The server refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Server error (HTTP %1); the outcome is unknown.</source>
        <translation>Server error (HTTP %1); the outcome is unknown.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; the outcome is unknown.</source>
        <translation>The server&apos;s answer could not be read; the outcome is unknown.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has fields of the wrong type; the outcome is unknown.</source>
        <translation>The server&apos;s answer has fields of the wrong type; the outcome is unknown.</translation>
    </message>
    <message>
        <source>The answer does not match the request (product, number, amount or req_id differ); kept for checking.</source>
        <translation>The answer does not match the request (product, number, amount or req_id differ); kept for checking.</translation>
    </message>
    <message>
        <source>The answer says SUCCESS with rc %1; the outcome is unclear.</source>
        <translation>The answer says SUCCESS with rc %1; the outcome is unclear.</translation>
    </message>
    <message>
        <source>The answer&apos;s amounts could not be read; the outcome is unknown.</source>
        <translation>The answer&apos;s amounts could not be read; the outcome is unknown.</translation>
    </message>
    <message>
        <source>A FAILED answer that does not match the request; kept for checking.</source>
        <translation>A FAILED answer that does not match the request; kept for checking.</translation>
    </message>
    <message>
        <source>The answer has no status; the outcome is unknown.</source>
        <translation>The answer has no status; the outcome is unknown.</translation>
    </message>
    <message>
        <source>The server reports status %1; the outcome is being checked.</source>
        <translation>The server reports status %1; the outcome is being checked.</translation>
    </message>
    <message>
        <source>The answer contradicts itself (%1); kept for checking.</source>
        <translation>The answer contradicts itself (%1); kept for checking.</translation>
    </message>
</context>
<context>
    <name>Kasir::ApiResult</name>
    <message>
        <source>The server reported the payment as failed (rc %1).</source>
        <translation>The server reported the payment as failed (rc %1).</translation>
    </message>
</context>
<context>
    <name>Kasir::CloseDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Close %1. The close is numbered and can never be changed; sales made later go into the next close.</source>
        <translation>Close %1. The close is numbered and can never be changed; sales made later go into the next close.</translation>
    </message>
    <message>
        <source>e.g. 200.000</source>
        <translation>e.g. 200.000</translation>
    </message>
    <message>
        <source>count the drawer</source>
        <translation>count the drawer</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>type the counted cash</source>
        <translation>type the counted cash</translation>
    </message>
    <message>
        <source>Rp 0 — the drawer matches</source>
        <translation>Rp 0 — the drawer matches</translation>
    </message>
    <message>
        <source>%1 more than expected</source>
        <translation>%1 more than expected</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
</context>
<context>
    <name>Kasir::ConfirmPanel</name>
    <message>
        <source>Check with the customer, then collect the money</source>
        <translation>Check with the customer, then collect the money</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>E-wallet</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Top-up amount</translation>
    </message>
    <message>
        <source>TOTAL TO COLLECT</source>
        <translation>TOTAL TO COLLECT</translation>
    </message>
    <message>
        <source>Cash received (optional)</source>
        <translation>Cash received (optional)</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>e.g. 100.000</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Pay (Enter / F12)</source>
        <translation>Pay (Enter / F12)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Unreadable amount</source>
        <translation>Unreadable amount</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Short by %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Cash received: %1</source>
        <translation>Cash received: %1</translation>
    </message>
    <message>
        <source>The cash received is less than the total. Nothing was sent.</source>
        <translation>The cash received is less than the total. Nothing was sent.</translation>
    </message>
    <message>
        <source>The payment is on its way and cannot be cancelled. Wait for the result.</source>
        <translation>The payment is on its way and cannot be cancelled. Wait for the result.</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Admin fee</translation>
    </message>
    <message>
        <source>Sending the payment…</source>
        <translation>Sending the payment…</translation>
    </message>
    <message>
        <source>Deposit too low: %1, cost price %2 — do NOT take the customer&apos;s money. Top up the deposit, then F5 checks again.</source>
        <translation>Deposit too low: %1, cost price %2 — do NOT take the customer&apos;s money. Top up the deposit, then F5 checks again.</translation>
    </message>
    <message>
        <source>Send anyway (Ctrl+F12)</source>
        <translation>Send anyway (Ctrl+F12)</translation>
    </message>
    <message>
        <source>Wait for the result. Do not pay again.</source>
        <translation>Wait for the result. Do not pay again.</translation>
    </message>
    <message>
        <source>Not sent: the deposit is too low for this price. F5 checks again after the deposit is topped up; Ctrl+F12 sends anyway.</source>
        <translation>Not sent: the deposit is too low for this price. F5 checks again after the deposit is topped up; Ctrl+F12 sends anyway.</translation>
    </message>
    <message>
        <source>Deposit too low — do not take the money yet</source>
        <translation>Deposit too low — do not take the money yet</translation>
    </message>
</context>
<context>
    <name>Kasir::CustomerId</name>
    <message>
        <source>A phone number contains digits only.</source>
        <translation>A phone number contains digits only.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Enter the customer&apos;s phone number.</translation>
    </message>
    <message>
        <source>An Indonesian mobile number starts with 08, 62 or +62.</source>
        <translation>An Indonesian mobile number starts with 08, 62 or +62.</translation>
    </message>
    <message>
        <source>The phone number is too short (08 followed by 8 to 11 digits).</source>
        <translation>The phone number is too short (08 followed by 8 to 11 digits).</translation>
    </message>
    <message>
        <source>The phone number is too long (08 followed by 8 to 11 digits).</source>
        <translation>The phone number is too long (08 followed by 8 to 11 digits).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s account id.</source>
        <translation>Enter the customer&apos;s account id.</translation>
    </message>
    <message>
        <source>This account id is not valid for the product.</source>
        <translation>This account id is not valid for the product.</translation>
    </message>
</context>
<context>
    <name>Kasir::DailyChart</name>
    <message>
        <source>Sales per day</source>
        <translation>Sales per day</translation>
    </message>
    <message>
        <source>Margin per day (Rp)</source>
        <translation>Margin per day (Rp)</translation>
    </message>
</context>
<context>
    <name>Kasir::DepositStatementModel</name>
    <message>
        <source>Deposit top-up: %1</source>
        <translation>Deposit top-up: %1</translation>
    </message>
    <message>
        <source>The deposit moved outside this counter between %1 and %2.</source>
        <translation>The deposit moved outside this counter between %1 and %2.</translation>
    </message>
    <message>
        <source>%1 (top-up)</source>
        <translation>%1 (top-up)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>Kasir::DuplicatePrompt</name>
    <message>
        <source>Same top-up made recently</source>
        <translation>Same top-up made recently</translation>
    </message>
    <message>
        <source>Yes, send a new top-up</source>
        <translation>Yes, send a new top-up</translation>
    </message>
    <message>
        <source>No, do not send</source>
        <translation>No, do not send</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 h %2 min ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>%1 to %2, %3
Receipt: %4
Time: %5 (%6)
Status: %7</source>
        <translation>%1 to %2, %3
Receipt: %4
Time: %5 (%6)
Status: %7</translation>
    </message>
    <message>
        <source>Same top-up still being checked</source>
        <translation>Same top-up still being checked</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same top-up (%1) is still being checked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The same top-up (%1) is still being checked.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1

Do NOT send it again: the customer may already have it. Keep the money until its result is known. &quot;Check now&quot; asks the server about that sale.</source>
        <translation>%1

Do NOT send it again: the customer may already have it. Keep the money until its result is known. &quot;Check now&quot; asks the server about that sale.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same top-up was made %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The same top-up was made %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1

Is this really a second, new top-up that the customer wants and pays for again?</source>
        <translation>%1

Is this really a second, new top-up that the customer wants and pays for again?</translation>
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
        <translation>2. Customer number</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 789</source>
        <translation>e.g. 0812 3456 789</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>3. Top-up amount</source>
        <translation>3. Top-up amount</translation>
    </message>
    <message>
        <source>e.g. 50.000</source>
        <translation>e.g. 50.000</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Top-up amount</translation>
    </message>
    <message>
        <source>Checking the price with the server… Esc cancels</source>
        <translation>Checking the price with the server… Esc cancels</translation>
    </message>
    <message>
        <source>Check price (Enter)</source>
        <translation>Check price (Enter)</translation>
    </message>
    <message>
        <source>Press F1–F5 or click a wallet.</source>
        <translation>Press F1–F5 or click a wallet.</translation>
    </message>
    <message>
        <source>Phone number: 08…, +62… or 62…</source>
        <translation>Phone number: 08…, +62… or 62…</translation>
    </message>
    <message>
        <source>Type 50000 or 50.000, or pick a button below.</source>
        <translation>Type 50000 or 50.000, or pick a button below.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Type the customer&apos;s number.</source>
        <translation>Type the customer&apos;s number.</translation>
    </message>
    <message>
        <source>Keep typing… Enter checks it.</source>
        <translation>Keep typing… Enter checks it.</translation>
    </message>
    <message>
        <source>Type the top-up amount.</source>
        <translation>Type the top-up amount.</translation>
    </message>
    <message>
        <source>Chosen: %1 (as last time; F1–F5 changes it)</source>
        <translation>Chosen: %1 (as last time; F1–F5 changes it)</translation>
    </message>
    <message>
        <source>New number: no earlier sale.</source>
        <translation>New number: no earlier sale.</translation>
    </message>
    <message>
        <source>Last time: %1 %2 · %3 · %4 — F8 repeats</source>
        <translation>Last time: %1 %2 · %3 · %4 — F8 repeats</translation>
    </message>
    <message>
        <source>F8 repeats a customer&apos;s last sale: this number has none yet.</source>
        <translation>F8 repeats a customer&apos;s last sale: this number has none yet.</translation>
    </message>
    <message>
        <source>Which e-wallet? Press F1–F5.</source>
        <translation>Which e-wallet? Press F1–F5.</translation>
    </message>
</context>
<context>
    <name>Kasir::EscPosSender</name>
    <message>
        <source>The printer %1 did not answer within %2 s. The receipt was not printed; check the printer (power, paper, cable or network) and print again.</source>
        <translation>The printer %1 did not answer within %2 s. The receipt was not printed; check the printer (power, paper, cable or network) and print again.</translation>
    </message>
    <message>
        <source>This destination does not take ESC/POS bytes.</source>
        <translation>This destination does not take ESC/POS bytes.</translation>
    </message>
    <message>
        <source>Cannot open the printer %1: %2</source>
        <translation>Cannot open the printer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to the printer %1: %2</source>
        <translation>Cannot write to the printer %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing to the printer %1: %2</source>
        <translation>Cannot finish writing to the printer %1: %2</translation>
    </message>
    <message>
        <source>The printer %1:%2 is offline (out of paper or cover open). The receipt may not have been printed; fix the printer and print again.</source>
        <translation>The printer %1:%2 is offline (out of paper or cover open). The receipt may not have been printed; fix the printer and print again.</translation>
    </message>
    <message>
        <source>The printer %1:%2 cannot be reached: %3</source>
        <translation>The printer %1:%2 cannot be reached: %3</translation>
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
        <translation>Sales</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
</context>
<context>
    <name>Kasir::FileKeyStore</name>
    <message>
        <source>The API key file %1 can be read by other users; it is not used. Set the key again to rewrite it.</source>
        <translation>The API key file %1 can be read by other users; it is not used. Set the key again to rewrite it.</translation>
    </message>
    <message>
        <source>The API key file %1 cannot be read.</source>
        <translation>The API key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>Cannot write the API key file %1: %2</source>
        <translation>Cannot write the API key file %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the API key file %1.</source>
        <translation>Cannot remove the API key file %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::FirstStartDialog</name>
    <message>
        <source>Welcome to Kasir E-Wallet</source>
        <translation>Welcome to Kasir E-Wallet</translation>
    </message>
    <message>
        <source>First start: who is the store&apos;s manager? The manager&apos;s PIN protects the settings, closes, second reprints and restores.</source>
        <translation>First start: who is the store&apos;s manager? The manager&apos;s PIN protects the settings, closes, second reprints and restores.</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name.</source>
        <translation>Type the manager&apos;s name.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryDetailDialog</name>
    <message>
        <source>Print (F9)</source>
        <translation>Print (F9)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Print log</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>Receipt %1 · %2 · %3</source>
        <translation>Receipt %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not printed yet: the next print is the original.</source>
        <translation>Not printed yet: the next print is the original.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s): the next print is marked SALINAN / COPY.</source>
        <translation>
            <numerusform>Printed %n time: the next print is marked SALINAN / COPY.</numerusform>
            <numerusform>Printed %n times: the next print is marked SALINAN / COPY.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Flagged for the manager: %1</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>copy %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3 (%4)</source>
        <translation>%1 — %2 by %3 (%4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Never printed.</source>
        <translation>Never printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier print(s) without details (made before the print log was kept).</source>
        <translation>
            <numerusform>%n earlier print without details (made before the print log was kept).</numerusform>
            <numerusform>%n earlier prints without details (made before the print log was kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint copy (F9)</source>
        <translation>Reprint copy (F9)</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryModel</name>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Flagged for the manager: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
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
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>Kasir::HistoryPage</name>
    <message>
        <source>Print / reprint (F9)</source>
        <translation>Print / reprint (F9)</translation>
    </message>
    <message>
        <source>Check again (F5)</source>
        <translation>Check again (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>All wallets</source>
        <translation>All wallets</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Being checked</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Search all dates: customer no., SN, ref id, receipt no. or req_id</source>
        <translation>Search all dates: customer no., SN, ref id, receipt no. or req_id</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Searching all dates for &quot;%1&quot;.</source>
        <translation>Searching all dates for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>more than %1 sales</source>
        <translation>more than %1 sales</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sale first (arrow keys), then press F9.</source>
        <translation>Choose a sale first (arrow keys), then press F9.</translation>
    </message>
    <message>
        <source>Only a sale that is being checked can be checked again.</source>
        <translation>Only a sale that is being checked can be checked again.</translation>
    </message>
    <message>
        <source>Checking %1 with the server again…</source>
        <translation>Checking %1 with the server again…</translation>
    </message>
    <message>
        <source>Export sales to CSV</source>
        <translation>Export sales to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation>
            <numerusform>%n sale exported to %1.</numerusform>
            <numerusform>%n sales exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>The export to %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Kasir::HttpExchange</name>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>the server closed the connection without answering</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>the answer was cut off</translation>
    </message>
</context>
<context>
    <name>Kasir::JournalBackups</name>
    <message>
        <source>The backup %1 cannot be used: %2. Nothing was changed.</source>
        <translation>The backup %1 cannot be used: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>That file is the journal itself. Nothing was changed.</source>
        <translation>That file is the journal itself. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another journal (journal id %2, this one is %3). Nothing was changed.</source>
        <translation>The backup %1 belongs to another journal (journal id %2, this one is %3). Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup cannot be compared with the journal (%1). Nothing was changed.</source>
        <translation>The backup cannot be compared with the journal (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The journal holds %1 sale(s) newer than the backup %2. Nothing was changed; restore with --force to replace it anyway (it is kept as a backup).</source>
        <translation>The journal holds %1 sale(s) newer than the backup %2. Nothing was changed; restore with --force to replace it anyway (it is kept as a backup).</translation>
    </message>
    <message>
        <source>The journal could not be backed up before the restore (%1). Nothing was changed.</source>
        <translation>The journal could not be backed up before the restore (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the journal. Nothing was changed.</source>
        <translation>Cannot copy the backup next to the journal. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the journal. Nothing was changed.</source>
        <translation>Cannot put the backup in place of the journal. Nothing was changed.</translation>
    </message>
    <message>
        <source>The journal was restored from %1.</source>
        <translation>The journal was restored from %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::KeychainKeyStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>The system keychain refused: %1</translation>
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
        <translation>DEMO — no real money</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Sell an e-wallet top-up.</source>
        <translation>Sell an e-wallet top-up.</translation>
    </message>
    <message>
        <source>History (coming soon)</source>
        <translation>History (coming soon)</translation>
    </message>
    <message>
        <source>The sales history comes with a later update.</source>
        <translation>The sales history comes with a later update.</translation>
    </message>
    <message>
        <source>Manager (coming soon)</source>
        <translation>Manager (coming soon)</translation>
    </message>
    <message>
        <source>Manager settings come with a later update.</source>
        <translation>Manager settings come with a later update.</translation>
    </message>
    <message>
        <source>Demo because the window was started with --demo. Start it without --demo to sell for real.</source>
        <translation>Demo because the window was started with --demo. Start it without --demo to sell for real.</translation>
    </message>
    <message>
        <source>Demo because no API key is set. To sell for real, set KASIR_API_KEY and KASIR_BASE_URL (or the key file setting api/keyFile) and restart.</source>
        <translation>Demo because no API key is set. To sell for real, set KASIR_API_KEY and KASIR_BASE_URL (or the key file setting api/keyFile) and restart.</translation>
    </message>
    <message>
        <source>History (F7)</source>
        <translation>History (F7)</translation>
    </message>
    <message>
        <source>Today&apos;s sales: look up an SN, print or reprint a receipt.</source>
        <translation>Today&apos;s sales: look up an SN, print or reprint a receipt.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Daily totals, closes, pending and flagged sales.</source>
        <translation>Daily totals, closes, pending and flagged sales.</translation>
    </message>
</context>
<context>
    <name>Kasir::ManagerPage</name>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Charts of the last 7 days</source>
        <translation>Charts of the last 7 days</translation>
    </message>
    <message>
        <source>Charts of the last 30 days</source>
        <translation>Charts of the last 30 days</translation>
    </message>
    <message>
        <source>Receipt 58 mm</source>
        <translation>Receipt 58 mm</translation>
    </message>
    <message>
        <source>Receipt 80 mm</source>
        <translation>Receipt 80 mm</translation>
    </message>
    <message>
        <source>A4 PDF</source>
        <translation>A4 PDF</translation>
    </message>
    <message>
        <source>Where Print X and Reprint Z go: the receipt printer, or an A4 PDF file</source>
        <translation>Where Print X and Reprint Z go: the receipt printer, or an A4 PDF file</translation>
    </message>
    <message>
        <source>Print X</source>
        <translation>Print X</translation>
    </message>
    <message>
        <source>The figures so far; changes nothing.</source>
        <translation>The figures so far; changes nothing.</translation>
    </message>
    <message>
        <source>Reprint last Z</source>
        <translation>Reprint last Z</translation>
    </message>
    <message>
        <source>Print the last close of this terminal again, exactly as it was saved.</source>
        <translation>Print the last close of this terminal again, exactly as it was saved.</translation>
    </message>
    <message>
        <source>Close day (Z)…</source>
        <translation>Close day (Z)…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Save the figures as a CSV file</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <source>Close No. %1 saved (backup checked: %2).</source>
        <translation>Close No. %1 saved (backup checked: %2).</translation>
    </message>
    <message>
        <source>Nothing new to close: every settled sale is already in a close.</source>
        <translation>Nothing new to close: every settled sale is already in a close.</translation>
    </message>
    <message>
        <source>Not closed: these sales are still being paid: %1. Wait for their answer, then close again.</source>
        <translation>Not closed: these sales are still being paid: %1. Wait for their answer, then close again.</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Not closed: %1</translation>
    </message>
    <message>
        <source>Sale %1 resolved as %2.</source>
        <translation>Sale %1 resolved as %2.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per wallet</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per cashier</translation>
    </message>
    <message>
        <source>Deposit statement</source>
        <translation>Deposit statement</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Ask the server again about every pending sale (same request, never a new charge).</source>
        <translation>Ask the server again about every pending sale (same request, never a new charge).</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Settle the selected flagged sale after asking the provider.</source>
        <translation>Settle the selected flagged sale after asking the provider.</translation>
    </message>
    <message>
        <source>Re-checking the pending sales…</source>
        <translation>Re-checking the pending sales…</translation>
    </message>
    <message numerus="yes">
        <source>Re-check done; %n sale(s) still unknown.</source>
        <translation>
            <numerusform>Re-check done; %n sale still unknown.</numerusform>
            <numerusform>Re-check done; %n sales still unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the sales.</source>
        <translation>In step with the sales.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) outside this counter; see the deposit statement.</source>
        <translation>
            <numerusform>%n gap outside this counter; see the deposit statement.</numerusform>
            <numerusform>%n gaps outside this counter; see the deposit statement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1 · flagged: %2</source>
        <translation>Pending: %1 · flagged: %2</translation>
    </message>
    <message>
        <source>X report sent to the printer.</source>
        <translation>X report sent to the printer.</translation>
    </message>
    <message>
        <source>No close yet on this terminal.</source>
        <translation>No close yet on this terminal.</translation>
    </message>
    <message>
        <source>Close No. %1 sent to the printer.</source>
        <translation>Close No. %1 sent to the printer.</translation>
    </message>
    <message>
        <source>Backing up the journal and closing…</source>
        <translation>Backing up the journal and closing…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Close (Z) No. %1</source>
        <translation>Close (Z) No. %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Day: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>X report: the figures so far; changes nothing.</source>
        <translation>X report: the figures so far; changes nothing.</translation>
    </message>
</context>
<context>
    <name>Kasir::MerchantApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>The API address is not a valid URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1); use https:// for %1.</source>
        <translation>Plain http:// is only allowed for this computer (127.0.0.1); use https:// for %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>The API address must start with https://.</translation>
    </message>
    <message>
        <source>No API key is configured.</source>
        <translation>No API key is configured.</translation>
    </message>
    <message>
        <source>A payment needs a req_id.</source>
        <translation>A payment needs a req_id.</translation>
    </message>
    <message>
        <source>The API key contains a control character (such as a line break); check how it was set.</source>
        <translation>The API key contains a control character (such as a line break); check how it was set.</translation>
    </message>
</context>
<context>
    <name>Kasir::Money</name>
    <message>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>Amounts are whole rupiah: no decimals or commas (write 50.000).</source>
        <translation>Amounts are whole rupiah: no decimals or commas (write 50.000).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Write the amount as digits, with dots only between thousands (50.000).</source>
        <translation>Write the amount as digits, with dots only between thousands (50.000).</translation>
    </message>
    <message>
        <source>The amount must contain digits only (for example 50000 or 50.000).</source>
        <translation>The amount must contain digits only (for example 50000 or 50.000).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>The minimum top-up is %1.</source>
        <translation>The minimum top-up is %1.</translation>
    </message>
    <message>
        <source>The maximum top-up is %1.</source>
        <translation>The maximum top-up is %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingListModel</name>
    <message>
        <source>being re-checked</source>
        <translation>being re-checked</translation>
    </message>
    <message>
        <source>%1, needs the manager</source>
        <translation>%1, needs the manager</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
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
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingRestore</name>
    <message>
        <source>The restore request could not be read. Nothing was changed.</source>
        <translation>The restore request could not be read. Nothing was changed.</translation>
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
        <translation>Receipt %1, request %2, attempts %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>Kasir::PendingSalesPanel</name>
    <message>
        <source>No sale is waiting for an outcome.</source>
        <translation>No sale is waiting for an outcome.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Ask the server again about every sale in this list (same request, never a new charge).</source>
        <translation>Ask the server again about every sale in this list (same request, never a new charge).</translation>
    </message>
    <message>
        <source>Being checked: %1</source>
        <translation>Being checked: %1</translation>
    </message>
</context>
<context>
    <name>Kasir::PinDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (manager)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>There is no manager yet.</source>
        <translation>There is no manager yet.</translation>
    </message>
    <message>
        <source>There are no users yet.</source>
        <translation>There are no users yet.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>Only a manager may do this.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</source>
        <translation>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</translation>
    </message>
    <message>
        <source>%1 is locked after 5 wrong PINs. Try again in %2 minute(s).</source>
        <translation>%1 is locked after 5 wrong PINs. Try again in %2 minute(s).</translation>
    </message>
</context>
<context>
    <name>Kasir::PrivateCa</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>The CA certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is too large to be a list of certificates.</source>
        <translation>The CA certificate file %1 is too large to be a list of certificates.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains a private key; give only the CA certificates.</source>
        <translation>The CA certificate file %1 contains a private key; give only the CA certificates.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>The CA certificate file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds an unreadable certificate.</source>
        <translation>The CA certificate file %1 holds an unreadable certificate.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in %2 expired on %3.</source>
        <translation>The CA certificate &quot;%1&quot; in %2 expired on %3.</translation>
    </message>
</context>
<context>
    <name>Kasir::ProductCatalog</name>
    <message>
        <source>Cannot read the product list %1: %2</source>
        <translation>Cannot read the product list %1: %2</translation>
    </message>
    <message>
        <source>The product list is not valid JSON: %1</source>
        <translation>The product list is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The product list has no products.</source>
        <translation>The product list has no products.</translation>
    </message>
    <message>
        <source>Product %1 is listed twice.</source>
        <translation>Product %1 is listed twice.</translation>
    </message>
    <message>
        <source>Product code &quot;%1&quot; must be 2 to 32 capital letters, digits or _.</source>
        <translation>Product code &quot;%1&quot; must be 2 to 32 capital letters, digits or _.</translation>
    </message>
    <message>
        <source>Product %1: functionKey must be 1 to 12.</source>
        <translation>Product %1: functionKey must be 1 to 12.</translation>
    </message>
    <message>
        <source>Product %1: accountPattern is not a valid pattern.</source>
        <translation>Product %1: accountPattern is not a valid pattern.</translation>
    </message>
    <message>
        <source>Product %1: customer must be &quot;phone&quot; or &quot;account&quot;.</source>
        <translation>Product %1: customer must be &quot;phone&quot; or &quot;account&quot;.</translation>
    </message>
    <message>
        <source>Product %1: minAmount and maxAmount must be whole rupiah.</source>
        <translation>Product %1: minAmount and maxAmount must be whole rupiah.</translation>
    </message>
    <message>
        <source>Product %1: maxAmount is below minAmount.</source>
        <translation>Product %1: maxAmount is below minAmount.</translation>
    </message>
    <message>
        <source>Product %1: maxAdminFee must be whole rupiah.</source>
        <translation>Product %1: maxAdminFee must be whole rupiah.</translation>
    </message>
</context>
<context>
    <name>Kasir::QtPageRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the receipt into %1.</source>
        <translation>Cannot draw the receipt into %1.</translation>
    </message>
    <message>
        <source>No default printer is set up on this computer.</source>
        <translation>No default printer is set up on this computer.</translation>
    </message>
    <message>
        <source>There is no printer called %1 on this computer.</source>
        <translation>There is no printer called %1 on this computer.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the receipt.</source>
        <translation>The printer %1 did not accept the receipt.</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>The printer %1 reported an error.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReceiptActions</name>
    <message>
        <source>This receipt is already being printed.</source>
        <translation>This receipt is already being printed.</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <source>Receipt %1 was NOT printed: %2 The sale itself is unchanged; print it again when the printer is ready.</source>
        <translation>Receipt %1 was NOT printed: %2 The sale itself is unchanged; print it again when the printer is ready.</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Receipt %1 printed.</translation>
    </message>
    <message>
        <source>Receipt %1 printed as COPY %2.</source>
        <translation>Receipt %1 printed as COPY %2.</translation>
    </message>
    <message>
        <source>Receipt %1 — preview</source>
        <translation>Receipt %1 — preview</translation>
    </message>
    <message>
        <source>Not printed: a second reprint of a receipt needs the manager&apos;s PIN.</source>
        <translation>Not printed: a second reprint of a receipt needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <source>Not shown: a second reprint of a receipt needs the manager&apos;s PIN.</source>
        <translation>Not shown: a second reprint of a receipt needs the manager&apos;s PIN.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReceiptPrinter</name>
    <message>
        <source>This receipt is already being printed.</source>
        <translation>This receipt is already being printed.</translation>
    </message>
    <message>
        <source>No sale with id %1 in the journal.</source>
        <translation>No sale with id %1 in the journal.</translation>
    </message>
    <message>
        <source>This program was built without PDF and printer support.</source>
        <translation>This program was built without PDF and printer support.</translation>
    </message>
    <message>
        <source>Printed, but the print could not be written to the journal: %1</source>
        <translation>Printed, but the print could not be written to the journal: %1</translation>
    </message>
</context>
<context>
    <name>Kasir::ReportPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer.</source>
        <translation>No receipt printer is set up on this computer.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Totals (SUCCESS sales)</source>
        <translation>Totals (SUCCESS sales)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per wallet</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per cashier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
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
        <translation>Cash and deposit</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Cash taken</translation>
    </message>
    <message>
        <source>Customers still owe</source>
        <translation>Customers still owe</translation>
    </message>
    <message>
        <source>Deposit, first balance</source>
        <translation>Deposit, first balance</translation>
    </message>
    <message>
        <source>Deposit, last balance</source>
        <translation>Deposit, last balance</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Deposit gaps (moved outside this counter)</source>
        <translation>Deposit gaps (moved outside this counter)</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>top-up: </source>
        <translation>top-up: </translation>
    </message>
    <message>
        <source>Pending or flagged</source>
        <translation>Pending or flagged</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>, flagged</source>
        <translation>, flagged</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Cannot write the PDF %1.</translation>
    </message>
</context>
<context>
    <name>Kasir::ReportText</name>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Sales (SUCCESS)</source>
        <translation>Sales (SUCCESS)</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cost (deposit)</source>
        <translation>Cost (deposit)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Per wallet</source>
        <translation>Per wallet</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margin</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Per cashier</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Cash taken</translation>
    </message>
    <message>
        <source>Customers still owe</source>
        <translation>Customers still owe</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>First balance</source>
        <translation>First balance</translation>
    </message>
    <message>
        <source>Last balance</source>
        <translation>Last balance</translation>
    </message>
    <message>
        <source>No gap: the deposit moved only with these sales.</source>
        <translation>No gap: the deposit moved only with these sales.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>top-up: %1</source>
        <translation>top-up: %1</translation>
    </message>
    <message>
        <source>No sale pending or flagged.</source>
        <translation>No sale pending or flagged.</translation>
    </message>
    <message>
        <source>Pending / flagged: %1</source>
        <translation>Pending / flagged: %1</translation>
    </message>
    <message>
        <source>X REPORT</source>
        <translation>X REPORT</translation>
    </message>
    <message>
        <source>not a close; changes nothing</source>
        <translation>not a close; changes nothing</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>CLOSE (Z) No. %1</source>
        <translation>CLOSE (Z) No. %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Day: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>Kasir::ResolveDialog</name>
    <message>
        <source>SUCCESS: the customer got the top-up</source>
        <translation>SUCCESS: the customer got the top-up</translation>
    </message>
    <message>
        <source>FAILED: verified not charged</source>
        <translation>FAILED: verified not charged</translation>
    </message>
    <message>
        <source>Resolve a flagged sale</source>
        <translation>Resolve a flagged sale</translation>
    </message>
    <message>
        <source>Receipt %1, %2 %3.
Why it was held: %4
Ask the provider first; this decision is kept with the sale and the sale is never sent again.</source>
        <translation>Receipt %1, %2 %3.
Why it was held: %4
Ask the provider first; this decision is kept with the sale and the sale is never sent again.</translation>
    </message>
    <message>
        <source>verified price, e.g. 51500 (empty: the price in the answer)</source>
        <translation>verified price, e.g. 51500 (empty: the price in the answer)</translation>
    </message>
    <message>
        <source>What the provider confirmed, and who you spoke to</source>
        <translation>What the provider confirmed, and who you spoke to</translation>
    </message>
    <message>
        <source>Verified price</source>
        <translation>Verified price</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Kasir::ResolveNotice</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4 is now %5.</source>
        <translation>%1: %2 %3 to %4 is now %5.</translation>
    </message>
    <message>
        <source>Give the customer the SN %1.</source>
        <translation>Give the customer the SN %1.</translation>
    </message>
    <message>
        <source>Nothing was charged: give the customer&apos;s money back.</source>
        <translation>Nothing was charged: give the customer&apos;s money back.</translation>
    </message>
</context>
<context>
    <name>Kasir::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the journal. The journal as it is now is kept as a backup first. The window restarts to load the restored journal.</source>
        <translation>Choose the backup to put in place of the journal. The journal as it is now is kept as a backup first. The window restarts to load the restored journal.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 KB)</source>
        <translation>%1 — %2 (%3 KB)</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restore and restart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>There are no backups of this journal yet.</translation>
    </message>
    <message>
        <source>This backup cannot be compared with the journal: %1</source>
        <translation>This backup cannot be compared with the journal: %1</translation>
    </message>
    <message>
        <source>The backup holds every sale of the journal as it is now.</source>
        <translation>The backup holds every sale of the journal as it is now.</translation>
    </message>
    <message numerus="yes">
        <source>The journal holds %n sale(s) newer than this backup. Restoring it takes them out of the journal (they stay in the backup kept first).</source>
        <translation>
            <numerusform>The journal holds %n sale newer than this backup. Restoring it takes it out of the journal (it stays in the backup kept first).</numerusform>
            <numerusform>The journal holds %n sales newer than this backup. Restoring it takes them out of the journal (they stay in the backup kept first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, replace the %n newer sale(s)</source>
        <translation>
            <numerusform>Yes, replace the %n newer sale</numerusform>
            <numerusform>Yes, replace the %n newer sales</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the backup with the journal…</source>
        <translation>Comparing the backup with the journal…</translation>
    </message>
</context>
<context>
    <name>Kasir::ResultPanel</name>
    <message>
        <source>SN (serial number)</source>
        <translation>SN (serial number)</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>Ref ID</translation>
    </message>
    <message>
        <source>Print receipt — not available yet</source>
        <translation>Print receipt — not available yet</translation>
    </message>
    <message>
        <source>Receipt printing comes with a later update.</source>
        <translation>Receipt printing comes with a later update.</translation>
    </message>
    <message>
        <source>Printing comes with a later update. Write the SN down for the customer if asked.</source>
        <translation>Printing comes with a later update. Write the SN down for the customer if asked.</translation>
    </message>
    <message>
        <source>New sale (Enter / Esc)</source>
        <translation>New sale (Enter / Esc)</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · top-up %3</source>
        <translation>%1 · %2 · top-up %3</translation>
    </message>
    <message>
        <source>Total collected: %1</source>
        <translation>Total collected: %1</translation>
    </message>
    <message>
        <source>Cash %1, change %2</source>
        <translation>Cash %1, change %2</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Flagged for the manager: %1</source>
        <translation>Flagged for the manager: %1</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>SUCCESS</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 balance was topped up with %2.</source>
        <translation>The customer&apos;s %1 balance was topped up with %2.</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(none sent)</translation>
    </message>
    <message>
        <source>FAILED — nothing charged</source>
        <translation>FAILED — nothing charged</translation>
    </message>
    <message>
        <source>REJECTED — nothing charged</source>
        <translation>REJECTED — nothing charged</translation>
    </message>
    <message>
        <source>BEING CHECKED — do NOT repeat</source>
        <translation>BEING CHECKED — do NOT repeat</translation>
    </message>
    <message>
        <source>The outcome is not known yet and is being checked with the server automatically. Do NOT repeat this sale: the customer may already have the top-up. Keep the money until the result is known; the list on the right updates by itself.</source>
        <translation>The outcome is not known yet and is being checked with the server automatically. Do NOT repeat this sale: the customer may already have the top-up. Keep the money until the result is known; the list on the right updates by itself.</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Last answer: %1</translation>
    </message>
    <message>
        <source>Confirmed by checking again with the server: it is safe to give the customer the SN.</source>
        <translation>Confirmed by checking again with the server: it is safe to give the customer the SN.</translation>
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
        <translation>The cost price changed: confirmed %1, charged %2.</translation>
    </message>
    <message>
        <source>The store&apos;s deposit at the merchant is too low for this top-up.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>The store&apos;s deposit at the merchant is too low for this top-up.
Nothing was charged. Give the customer&apos;s money back.</translation>
    </message>
    <message>
        <source>The server refused this top-up.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>The server refused this top-up.
Nothing was charged. Give the customer&apos;s money back.</translation>
    </message>
    <message>
        <source>The server refused the request before processing it.
Nothing was charged. Give the customer&apos;s money back.</source>
        <translation>The server refused the request before processing it.
Nothing was charged. Give the customer&apos;s money back.</translation>
    </message>
    <message>
        <source>NOT SENT — will be sent again by itself</source>
        <translation>NOT SENT — will be sent again by itself</translation>
    </message>
    <message>
        <source>Nothing reached the server, so nothing was charged. The sale is kept and will be sent again safely with the same req_id; it is in the list on the right. No new sale is needed. Keep the money until the result is known.</source>
        <translation>Nothing reached the server, so nothing was charged. The sale is kept and will be sent again safely with the same req_id; it is in the list on the right. No new sale is needed. Keep the money until the result is known.</translation>
    </message>
    <message>
        <source>Print receipt (F9)</source>
        <translation>Print receipt (F9)</translation>
    </message>
    <message>
        <source>Print the receipt; later prints are marked SALINAN / COPY.</source>
        <translation>Print the receipt; later prints are marked SALINAN / COPY.</translation>
    </message>
    <message>
        <source>F7: the last sales, to reprint or look up an SN.</source>
        <translation>F7: the last sales, to reprint or look up an SN.</translation>
    </message>
</context>
<context>
    <name>Kasir::RuntimeConfig</name>
    <message>
        <source>An API key is configured but no server address: set KASIR_BASE_URL.</source>
        <translation>An API key is configured but no server address: set KASIR_BASE_URL.</translation>
    </message>
    <message>
        <source>The API key file %1 cannot be read.</source>
        <translation>The API key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The API key file %1 is empty.</source>
        <translation>The API key file %1 is empty.</translation>
    </message>
</context>
<context>
    <name>Kasir::SaleDecision</name>
    <message>
        <source>the answer does not echo the request (%1)</source>
        <translation>the answer does not echo the request (%1)</translation>
    </message>
    <message>
        <source>the answer names req_id %1</source>
        <translation>the answer names req_id %1</translation>
    </message>
    <message>
        <source>price changed: confirmed %1, charged %2</source>
        <translation>price changed: confirmed %1, charged %2</translation>
    </message>
    <message>
        <source>SUCCESS without a readable unit_price (&quot;%1&quot;)</source>
        <translation>SUCCESS without a readable unit_price (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>SUCCESS answer held for the manager: %1</source>
        <translation>SUCCESS answer held for the manager: %1</translation>
    </message>
    <message>
        <source>FAILED answer held for the manager: %1</source>
        <translation>FAILED answer held for the manager: %1</translation>
    </message>
    <message>
        <source>the server reports a req_id conflict (HTTP 409) on a re-check: %1</source>
        <translation>the server reports a req_id conflict (HTTP 409) on a re-check: %1</translation>
    </message>
    <message>
        <source>re-check refused (HTTP 409): %1; the earlier attempt is still unknown</source>
        <translation>re-check refused (HTTP 409): %1; the earlier attempt is still unknown</translation>
    </message>
    <message>
        <source>re-check refused (HTTP %1): %2; the earlier attempt is still unknown</source>
        <translation>re-check refused (HTTP %1): %2; the earlier attempt is still unknown</translation>
    </message>
    <message>
        <source>%1; held for the manager: %2</source>
        <translation>%1; held for the manager: %2</translation>
    </message>
</context>
<context>
    <name>Kasir::SaleService</name>
    <message>
        <source>No product chosen.</source>
        <translation>No product chosen.</translation>
    </message>
    <message>
        <source>No customer number.</source>
        <translation>No customer number.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>The amount must be at least %1.</translation>
    </message>
    <message>
        <source>The store fee cannot be negative.</source>
        <translation>The store fee cannot be negative.</translation>
    </message>
    <message>
        <source>The confirmed price is not valid.</source>
        <translation>The confirmed price is not valid.</translation>
    </message>
    <message>
        <source>The req_id must be 1-64 letters, digits or . _ : -</source>
        <translation>The req_id must be 1-64 letters, digits or . _ : -</translation>
    </message>
    <message>
        <source>The receipt journal refuses writes, so nothing was sent: %1</source>
        <translation>The receipt journal refuses writes, so nothing was sent: %1</translation>
    </message>
    <message>
        <source>The sale could not be written to the receipt journal, so nothing was sent: %1</source>
        <translation>The sale could not be written to the receipt journal, so nothing was sent: %1</translation>
    </message>
    <message>
        <source>Cash received (%1) is less than the total to collect (%2).</source>
        <translation>Cash received (%1) is less than the total to collect (%2).</translation>
    </message>
    <message>
        <source>The req_id %1 is already receipt %2 (%3).</source>
        <translation>The req_id %1 is already receipt %2 (%3).</translation>
    </message>
    <message>
        <source>The req_id %1 already belongs to receipt %2 with another product, number or amount; a req_id is never used for a second sale.</source>
        <translation>The req_id %1 already belongs to receipt %2 with another product, number or amount; a req_id is never used for a second sale.</translation>
    </message>
    <message>
        <source>The same sale (%1 %2 %3) was made at %4 as receipt %5, status %6.</source>
        <translation>The same sale (%1 %2 %3) was made at %4 as receipt %5, status %6.</translation>
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
        <translation>Demo mode: a local simulator, no real money.</translation>
    </message>
    <message>
        <source>Live: real money through the merchant API.</source>
        <translation>Live: real money through the merchant API.</translation>
    </message>
    <message>
        <source>Deposit: —</source>
        <translation>Deposit: —</translation>
    </message>
    <message>
        <source>Merchant deposit from the last answer of the server.</source>
        <translation>Merchant deposit from the last answer of the server.</translation>
    </message>
    <message>
        <source>Server: not contacted yet</source>
        <translation>Server: not contacted yet</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Deposit: %1</translation>
    </message>
    <message>
        <source>Server: connected</source>
        <translation>Server: connected</translation>
    </message>
    <message>
        <source>Being checked: %1</source>
        <translation>Being checked: %1</translation>
    </message>
    <message>
        <source>Server: connection problem</source>
        <translation>Server: connection problem</translation>
    </message>
    <message>
        <source>Deposit: %1 — LOW</source>
        <translation>Deposit: %1 — LOW</translation>
    </message>
    <message>
        <source>The merchant deposit is below %1: top it up.</source>
        <translation>The merchant deposit is below %1: top it up.</translation>
    </message>
</context>
<context>
    <name>Kasir::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Merchant API</source>
        <translation>Merchant API</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Answer timeout</translation>
    </message>
    <message>
        <source>Asks a price (an inquiry): nothing is charged.</source>
        <translation>Asks a price (an inquiry): nothing is charged.</translation>
    </message>
    <message>
        <source>Counter and prices</source>
        <translation>Counter and prices</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal id</translation>
    </message>
    <message>
        <source>Store fee %1 (Rp)</source>
        <translation>Store fee %1 (Rp)</translation>
    </message>
    <message>
        <source>Warn when the deposit is below (Rp)</source>
        <translation>Warn when the deposit is below (Rp)</translation>
    </message>
    <message>
        <source>Warn about a repeated sale within</source>
        <translation>Warn about a repeated sale within</translation>
    </message>
    <message>
        <source>A short sound when a sale being checked gets its outcome</source>
        <translation>A short sound when a sale being checked gets its outcome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Kept in: %1</translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation>API address: %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API key: %1</translation>
    </message>
    <message>
        <source>Terminal id: 1 to 16 letters, digits or _, e.g. K01.</source>
        <translation>Terminal id: 1 to 16 letters, digits or _, e.g. K01.</translation>
    </message>
    <message>
        <source>Store fee %1: a whole number of rupiah from 0 to 100.000.</source>
        <translation>Store fee %1: a whole number of rupiah from 0 to 100.000.</translation>
    </message>
    <message>
        <source>Deposit warning: a whole number of rupiah, e.g. 200000.</source>
        <translation>Deposit warning: a whole number of rupiah, e.g. 200000.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the API key was not: %1</source>
        <translation>The other settings were saved, but the API key was not: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Saved. The language changes at the next start; the rest applies now.</source>
        <translation>Saved. The language changes at the next start; the rest applies now.</translation>
    </message>
    <message>
        <source>Saved. The changes apply now.</source>
        <translation>Saved. The changes apply now.</translation>
    </message>
    <message>
        <source>Asking the server a price… (nothing is charged)</source>
        <translation>Asking the server a price… (nothing is charged)</translation>
    </message>
    <message>
        <source>Connected: the server answered the price inquiry.</source>
        <translation>Connected: the server answered the price inquiry.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>The connection test failed: %1</translation>
    </message>
    <message>
        <source>no usable answer</source>
        <translation>no usable answer</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>Up to %1 lines</source>
        <translation>Up to %1 lines</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>The default printer</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS): device or address</source>
        <translation>Receipt printer (ESC/POS): device or address</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF files in a folder</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 characters)</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 characters)</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Print the receipt by itself after each successful sale</source>
        <translation>Print the receipt by itself after each successful sale</translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or 192.168.1.50:9100</source>
        <translation>/dev/usb/lp0 or 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>A folder, e.g. /home/kasir/struk</source>
        <translation>A folder, e.g. /home/kasir/struk</translation>
    </message>
    <message>
        <source>Store name: 1 to %1 characters; it heads every receipt.</source>
        <translation>Store name: 1 to %1 characters; it heads every receipt.</translation>
    </message>
    <message>
        <source>Address: at most %1 lines.</source>
        <translation>Address: at most %1 lines.</translation>
    </message>
    <message>
        <source>Address: each line at most %1 characters.</source>
        <translation>Address: each line at most %1 characters.</translation>
    </message>
    <message>
        <source>Footer: at most %1 characters.</source>
        <translation>Footer: at most %1 characters.</translation>
    </message>
    <message>
        <source>Print to: give the folder for the PDF files.</source>
        <translation>Print to: give the folder for the PDF files.</translation>
    </message>
    <message>
        <source>Print to: give the device (/dev/usb/lp0) or the address (HOST:PORT) of the receipt printer.</source>
        <translation>Print to: give the device (/dev/usb/lp0) or the address (HOST:PORT) of the receipt printer.</translation>
    </message>
    <message>
        <source>Print to: %1</source>
        <translation>Print to: %1</translation>
    </message>
    <message>
        <source>Show the customer&apos;s last sale under the number (F8)</source>
        <translation>Show the customer&apos;s last sale under the number (F8)</translation>
    </message>
    <message>
        <source>F8 repeats that sale: same wallet and amount, with the usual price check.</source>
        <translation>F8 repeats that sale: same wallet and amount, with the usual price check.</translation>
    </message>
</context>
<context>
    <name>Kasir::ShiftController</name>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Start of shift: who is at the counter?</source>
        <translation>Start of shift: who is at the counter?</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Put a backup in place of the journal (the manager&apos;s PIN again).</source>
        <translation>Put a backup in place of the journal (the manager&apos;s PIN again).</translation>
    </message>
    <message>
        <source>Not restored: a sale is being paid. Restore once it has its answer.</source>
        <translation>Not restored: a sale is being paid. Restore once it has its answer.</translation>
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
        <translation>Sales</translation>
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
        <translation>Price check cancelled. Nothing was sent for payment.</translation>
    </message>
    <message>
        <source>The same top-up was made recently: answer the question first.</source>
        <translation>The same top-up was made recently: answer the question first.</translation>
    </message>
    <message>
        <source>Not sent: the earlier sale stands. Esc goes back.</source>
        <translation>Not sent: the earlier sale stands. Esc goes back.</translation>
    </message>
    <message>
        <source>Not sent, nothing charged: %1</source>
        <translation>Not sent, nothing charged: %1</translation>
    </message>
    <message>
        <source>The price check could not be started. Nothing was charged; press Enter to try again.</source>
        <translation>The price check could not be started. Nothing was charged; press Enter to try again.</translation>
    </message>
    <message>
        <source>The server&apos;s price could not be read. Nothing was charged; press Enter to try again.</source>
        <translation>The server&apos;s price could not be read. Nothing was charged; press Enter to try again.</translation>
    </message>
    <message>
        <source>Price received: &quot;%1&quot;</source>
        <translation>Price received: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The same top-up is still being checked: see the question.</source>
        <translation>The same top-up is still being checked: see the question.</translation>
    </message>
    <message>
        <source>Not sent. The earlier sale is being checked now: its result appears in the list on the right. Esc goes back.</source>
        <translation>Not sent. The earlier sale is being checked now: its result appears in the list on the right. Esc goes back.</translation>
    </message>
    <message>
        <source>Not sent: the earlier sale is still being checked. Esc goes back.</source>
        <translation>Not sent: the earlier sale is still being checked. Esc goes back.</translation>
    </message>
    <message>
        <source>The server refused the price check, nothing charged. Check the number and the amount, then Enter to try again.</source>
        <translation>The server refused the price check, nothing charged. Check the number and the amount, then Enter to try again.</translation>
    </message>
    <message>
        <source>Price check failed, nothing charged. Check the connection, then Enter to try again.</source>
        <translation>Price check failed, nothing charged. Check the connection, then Enter to try again.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>no answer within the time limit</translation>
    </message>
    <message>
        <source>no HTTP answer (the connection failed or was closed)</source>
        <translation>no HTTP answer (the connection failed or was closed)</translation>
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
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters.</source>
        <translation>A user name has 1 to 40 characters.</translation>
    </message>
    <message>
        <source>The PIN was not hashed as required.</source>
        <translation>The PIN was not hashed as required.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>There is already a user named %1.</translation>
    </message>
    <message>
        <source>The journal cannot be written; the user was not added.</source>
        <translation>The journal cannot be written; the user was not added.</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>The user was not added: %1</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong PINs; try again in %3 minute(s).</source>
        <translation>%1 is locked after %2 wrong PINs; try again in %3 minute(s).</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</source>
        <translation>Wrong PIN. %1 attempt(s) left before a 5-minute lock.</translation>
    </message>
    <message>
        <source>The PIN check could not be recorded in the journal: %1</source>
        <translation>The PIN check could not be recorded in the journal: %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>SENDING</source>
        <translation>SENDING</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>SUCCESS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>CHECKING</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REJECTED</translation>
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
        <translation>The demo simulator could not start: %1</translation>
    </message>
    <message>
        <source>The receipt journal %1 cannot be used: %2
The file was left as it is.</source>
        <translation>The receipt journal %1 cannot be used: %2
The file was left as it is.</translation>
    </message>
    <message>
        <source>The receipt journal is damaged, so no more sales can be recorded: %1</source>
        <translation>The receipt journal is damaged, so no more sales can be recorded: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The journal was restored from %1. The journal as it was is kept as %2.</source>
        <translation>The journal was restored from %1. The journal as it was is kept as %2.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
</context>
</TS>
