#include "indexer/extract_isolated.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <charconv>
#include <fstream>
#include <new>

#include "schema/child_process.hpp"

namespace assay {
namespace {

// In the sanitizer builds the readers run in this process: a child forked from a threaded
// program can find the sanitizer allocator's lock held by another thread for good (seen: three
// of 46 PDFs hung until killed in a two-job build under ASan), and ASan reserves its address
// space up front, so the memory limit would not bind anyway. The readers' own limits (pages,
// time between pages, sizes) still hold.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kIsolate = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kIsolate = false;
#else
constexpr bool kIsolate = true;
#endif
#else
constexpr bool kIsolate = true;
#endif

// The reader checks its own time between pages; a child still working this long after the
// limit is stuck inside one page and is killed.
constexpr std::uint32_t kGraceSeconds = 5;

// The child's answer: "ok <pages>\n<text>" or "no\n<reason>".
std::string encode(const Extracted& e) {
    return e.ok ? "ok " + std::to_string(e.pages) + "\n" + e.text : "no\n" + e.reason;
}

Extracted decode(std::string_view s) {
    Extracted e;
    auto nl = s.find('\n');
    if (nl == std::string_view::npos) {
        e.reason = "the reader gave no answer";
        return e;
    }
    std::string_view head = s.substr(0, nl), body = s.substr(nl + 1);
    if (head.starts_with("ok ")) {
        std::from_chars(head.data() + 3, head.data() + head.size(), e.pages);
        e.text = body;
        e.ok = true;
    } else {
        e.reason = body;
    }
    return e;
}

// Address space in use now (the child inherits the parent's mappings; the limit is on growth).
rlim_t address_space_now() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmSize:") {
            rlim_t kb = 0;
            status >> kb;
            return kb * 1024;
        }
        status.ignore(4096, '\n');
    }
    return 0;
}

void limit_address_space(std::uint32_t extra_mb) {
    rlim_t now = address_space_now();
    if (now == 0) return;
    rlimit lim{now + (static_cast<rlim_t>(extra_mb) << 20), RLIM_INFINITY};
    lim.rlim_max = lim.rlim_cur;
    ::setrlimit(RLIMIT_AS, &lim);
}

void silence_stderr() {
    int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null >= 0) ::dup2(null, STDERR_FILENO);
}

Extracted run_reader(SourceFormat format, std::string_view bytes, const ExtractLimits& limits) {
    return format == SourceFormat::pdf ? extract_pdf(bytes, limits) : extract_docx(bytes, limits);
}

std::string crash_reason(const ChildOutcome& child, const ExtractLimits& limits) {
    if (child.timed_out)
        return "too slow: still reading after " + std::to_string(limits.seconds + kGraceSeconds) + " s";
    return "damaged: the reader failed on it (" + child.describe() + ")";
}

}  // namespace

Extracted extract_isolated(SourceFormat format, std::string_view bytes, const ExtractLimits& limits) {
    if (!kIsolate) return run_reader(format, bytes, limits);
    const std::string memory = std::to_string(limits.memory_mb);
    const pid_t caller = ::getpid();
    ChildOutcome child = run_in_child(
        [&]() -> std::string {
            // When no child could be made the work runs here, and the caller keeps its memory
            // and its stderr. The child's stderr goes: what the reader says of a damaged file
            // ("Out of memory", syntax errors) is the reason in the summary, said once.
            if (::getpid() != caller) {
                limit_address_space(limits.memory_mb);
                silence_stderr();
            }
            try {
                return encode(run_reader(format, bytes, limits));
            } catch (const std::bad_alloc&) {
                return encode(Extracted{false, {}, "too large: reading it needs over " + memory + " MB of memory", 0});
            } catch (const std::exception& e) {
                return encode(Extracted{false, {}, std::string("damaged: ") + e.what(), 0});
            }
        },
        std::chrono::seconds(limits.seconds + kGraceSeconds));
    if (!child.completed) return Extracted{false, {}, crash_reason(child, limits), 0};
    return decode(child.output);
}

}  // namespace assay
