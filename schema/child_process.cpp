#include "schema/child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace assay {
namespace {

bool write_all(int fd, const std::string& s) {
    std::size_t done = 0;
    while (done < s.size()) {
        ssize_t n = ::write(fd, s.data() + done, s.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Reads fd to its end; false if the deadline (when there is one) passed first.
bool read_all(int fd, std::string& out, std::optional<std::chrono::steady_clock::time_point> deadline) {
    char buf[8192];
    while (true) {
        if (deadline) {
            auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return false;
            pollfd p{fd, POLLIN, 0};
            int ready = ::poll(&p, 1, static_cast<int>(left.count()));
            if (ready < 0 && errno != EINTR) return true;
            if (ready <= 0) continue;
        }
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;
        out.append(buf, static_cast<std::size_t>(n));
    }
}

}  // namespace

std::string ChildOutcome::describe() const {
    if (completed) return "completed";
    if (timed_out) return "timed out after " + std::to_string(limit.count()) + " ms";
    if (signal != 0) {
        const char* abbrev = ::sigabbrev_np(signal);
        return std::string("killed by SIG") + (abbrev ? abbrev : std::to_string(signal).c_str()) + " (" +
               ::strsignal(signal) + ")";
    }
    return "exited with status " + std::to_string(exit_code);
}

ChildOutcome run_in_child(const std::function<std::string()>& work, std::optional<std::chrono::milliseconds> limit) {
    ChildOutcome outcome;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    if (limit) {
        outcome.limit = *limit;
        deadline = std::chrono::steady_clock::now() + *limit;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        outcome.output = work();
        outcome.completed = true;
        return outcome;
    }
    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        outcome.output = work();
        outcome.completed = true;
        return outcome;
    }
    if (pid == 0) {
        // _exit: the child must not run the parent's atexit handlers or flush its streams.
        ::close(fds[0]);
        // A crash must kill the child by its signal, so the parent can name it: handlers the
        // parent installed (a test framework's, a sanitizer's) would turn it into an exit.
        for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
        int status = 0;
        try {
            if (!write_all(fds[1], work())) status = 2;
        } catch (...) {
            status = 1;
        }
        ::_exit(status);
    }
    ::close(fds[1]);
    // Read before waiting: a full pipe would block the child.
    if (!read_all(fds[0], outcome.output, deadline)) {
        ::kill(pid, SIGKILL);
        outcome.timed_out = true;
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFSIGNALED(status))
        outcome.signal = WTERMSIG(status);
    else if (WIFEXITED(status))
        outcome.exit_code = WEXITSTATUS(status);
    outcome.completed = !outcome.timed_out && outcome.signal == 0 && outcome.exit_code == 0;
    return outcome;
}

}  // namespace assay
