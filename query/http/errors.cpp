#include "query/http/errors.hpp"

#include <iostream>
#include <new>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "query/query_ast.hpp"
#include "query/searcher.hpp"
#include "query/snapshot.hpp"

namespace assay::http {

Response json_response(int status, std::string body) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

ApiError bad_parameter(const std::string& name, const std::string& why) {
    return ApiError(400, "bad_parameter", "parameter '" + name + "' " + why, name);
}

Response error_body(int status, const std::string& code, const std::string& message, const std::string& parameter) {
    nlohmann::json e = {{"code", code}, {"message", message}};
    if (!parameter.empty()) e["parameter"] = parameter;
    // Replacement of invalid UTF-8 keeps a message quoting the user's bytes valid JSON.
    return json_response(status, nlohmann::json{{"error", e}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {
void log_hidden(const std::string& request_id, const std::string& what) {
    std::cerr << "assayd: request " << request_id << " failed: " << what << "\n";
}

Response unavailable(const std::string& message) {
    Response r = error_body(503, "unavailable", message);
    r.headers.emplace_back("Retry-After", "1");
    return r;
}
}  // namespace

Response error_response(std::exception_ptr error, const std::string& request_id) {
    try {
        std::rethrow_exception(error);
    } catch (const ApiError& e) {
        return error_body(e.status(), e.code(), e.what(), e.parameter());
    } catch (const QueryError& e) {  // the message quotes only the user's query
        return error_body(400, "bad_query", e.what());
    } catch (const RequestError& e) {  // paging limits, no paths
        return error_body(400, "bad_request", e.what());
    } catch (const IndexUnavailable& e) {
        log_hidden(request_id, e.what());
        return unavailable("the index is not available yet; build one with assay-index build");
    } catch (const Xapian::DatabaseModifiedError& e) {
        log_hidden(request_id, e.get_description());
        return unavailable("the index changed during the request; try again");
    } catch (const Xapian::Error& e) {
        log_hidden(request_id, e.get_description());
        return error_body(500, "internal", "internal error (request " + request_id + ")");
    } catch (const std::bad_alloc&) {
        log_hidden(request_id, "out of memory");
        return unavailable("the server is short of memory; try again");
    } catch (const std::exception& e) {
        log_hidden(request_id, e.what());
        return error_body(500, "internal", "internal error (request " + request_id + ")");
    } catch (...) {
        log_hidden(request_id, "unknown exception");
        return error_body(500, "internal", "internal error (request " + request_id + ")");
    }
}

}  // namespace assay::http
