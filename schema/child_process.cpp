#include "schema/child_process.hpp"

#include <fcntl.h>
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

std::string read_all(int fd) {
    std::string out;
    char buf[8192];
    while (true) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace

std::string ChildOutcome::describe() const {
    if (completed) return "completed";
    if (signal != 0) {
        const char* abbrev = ::sigabbrev_np(signal);
        return std::string("killed by SIG") + (abbrev ? abbrev : std::to_string(signal).c_str()) + " (" +
               ::strsignal(signal) + ")";
    }
    return "exited with status " + std::to_string(exit_code);
}

ChildOutcome run_in_child(const std::function<std::string()>& work) {
    ChildOutcome outcome;
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
        int status = 0;
        try {
            if (!write_all(fds[1], work())) status = 2;
        } catch (...) {
            status = 1;
        }
        ::_exit(status);
    }
    ::close(fds[1]);
    outcome.output = read_all(fds[0]);  // read before waiting: a full pipe would block the child
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
    else if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
    outcome.completed = outcome.signal == 0 && outcome.exit_code == 0;
    return outcome;
}

}  // namespace assay
