// Errors as the HTTP API reports them. Every failure becomes one Response through
// error_response(): a status and {"error":{"code","message"}} whose message is written for the
// user. Exception text from Xapian, the file system or the standard library never reaches the
// client (it may name paths); it goes to the log with the request id instead.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include "query/http/message.hpp"

namespace assay::http {

// A failure with a status and a message fit for the client.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string code, const std::string& message, std::string parameter = {})
        : std::runtime_error(message), status_(status), code_(std::move(code)), parameter_(std::move(parameter)) {}
    int status() const { return status_; }
    const std::string& code() const { return code_; }
    const std::string& parameter() const { return parameter_; }

private:
    int status_;
    std::string code_, parameter_;
};

// A malformed or out-of-range request parameter: 400 naming it.
ApiError bad_parameter(const std::string& name, const std::string& why);

Response error_body(int status, const std::string& code, const std::string& message, const std::string& parameter = {});

// Whether the exception says the index files are damaged (not a bad request, not a race with
// a new generation): the snapshot it came from should be reported as damaged.
bool is_index_damage(std::exception_ptr error);

// Maps the exception in flight (call inside a catch block) to a response; logs the ones whose
// text is not shown to the client.
Response error_response(std::exception_ptr error, const std::string& request_id);

}  // namespace assay::http
