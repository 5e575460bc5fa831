#pragma once

#include "api/ApiResult.h"

#include <QByteArray>

namespace Kasir {

// Pure classification of one HTTP answer. No I/O: tested row by row.
class ApiResponseParser
{
public:
    // httpStatus 0 means no response (the caller sets error/timedOut and gets Pending).
    // Every text field of the result is cleaned by ServerText (control characters, length).
    static ApiResult parse(
        Endpoint endpoint, const ApiRequest &request, int httpStatus, const QByteArray &body);

private:
    static ApiResult parseRaw(
        Endpoint endpoint, const ApiRequest &request, int httpStatus, const QByteArray &body);
};

} // namespace Kasir
