#include "query/http/errors.hpp"

#include <iostream>
#include <new>

#include <xapian.h>
#include <nlohmann/json.hpp>

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
    return json_response(status,
                         nlohmann::json{{"error", e}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {
void log_hidden(const std::string& request_id, const std::string& what) {
    std::cerr << "assayd: request " << request_id << " failed: " << what << "\n";
}

constexpr const char* kDamagedMessage =
    "the index is damaged and cannot be searched; the operator should run assay-index check and rebuild it";

Response unavailable(const std::string& message, const std::string& code = "unavailable") {
    Response r = error_body(503, code, message);
    r.headers.emplace_back("Retry-After", "1");
    return r;
}
}  // namespace

bool is_index_damage(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const Xapian::DatabaseModifiedError&) {
        return false;  // a new generation replaced the files: retry, nothing is broken
    } catch (const Xapian::DatabaseCorruptError&) {
        return true;
    } catch (const Xapian::DatabaseError&) {  // "EOF reading block", "Block 6 item 2 ..."
        return true;
    } catch (const Xapian::DocNotFoundError&) {  // a posting names a document that is not there
        return true;
    } catch (const Xapian::RangeError&) {  // "Value in posting list too large": garbled bytes decoded
        return true;
    } catch (...) {
        return false;
    }
}

Response error_response(std::exception_ptr error, const std::string& request_id) {
    try {
        std::rethrow_exception(error);
    } catch (const ApiError& e) {
        return error_body(e.status(), e.code(), e.what(), e.parameter());
    } catch (const QueryError& e) {  // the message quotes only the user's query
        return error_body(400, "bad_query", e.what());
    } catch (const RequestError& e) {  // paging limits, no paths
        return error_body(400, "bad_request", e.what());
    } catch (const IndexDamaged& e) {
        log_hidden(request_id, e.what());
        return unavailable(kDamagedMessage, "index_damaged");
    } catch (const IndexUnavailable& e) {
        log_hidden(request_id, e.what());
        return unavailable("the index is not available yet; build one with assay-index build");
    } catch (const Xapian::DatabaseModifiedError& e) {
        log_hidden(request_id, e.get_description());
        return unavailable("the index changed during the request; try again");
    } catch (const Xapian::Error& e) {
        log_hidden(request_id, e.get_description());
        if (is_index_damage(std::current_exception())) return unavailable(kDamagedMessage, "index_damaged");
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
