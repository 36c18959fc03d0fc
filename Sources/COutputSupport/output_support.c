#define _GNU_SOURCE
#include "output_support.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int dossier_rename_exchange(const char *first, const char *second) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}

int dossier_sync_file_system(const char *path) {
    int folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0) return -1;
    int result = syncfs(folder);
    int saved = errno;
    close(folder);
    errno = saved;
    return result;
}

int dossier_start_writeback(int fd) {
    return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

int dossier_open_to_write_over(const char *path) {
    return open(path, O_RDWR | O_NOATIME | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
}

int dossier_is_cached(int fd, off_t offset) {
    char byte;
    struct iovec part = {&byte, 1};
    return preadv2(fd, &part, 1, offset, RWF_NOWAIT) == 1;
}

int dossier_is_open_only_here(int fd) {
    // Were the lease broken in the moment it is held (someone opening the file), the kernel
    // would signal SIGIO, whose default action ends the process; SIGURG's is to ignore it.
    if (fcntl(fd, F_SETSIG, SIGURG) != 0) return 0;
    if (fcntl(fd, F_SETLEASE, F_WRLCK) != 0) return 0;
    fcntl(fd, F_SETLEASE, F_UNLCK);
    return 1;
}

/// In the guardian: stops its process group (the program and whatever it started), then
/// itself, when this process dies (PR_SET_PDEATHSIG sends SIGTERM).
static void dossier_stop_group(int signal_number) {
    (void)signal_number;
    kill(0, SIGKILL);
    _exit(128 + SIGKILL);
}

/// Closes every descriptor from `first` on (async-signal-safe: after a fork).
static void dossier_close_from(int first) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
#endif
    for (int fd = first; fd < 65536; fd++) close(fd);
}

pid_t dossier_spawn_tied(const char *path, char *const argv[], int *output_fd) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    pid_t parent = getpid();
    pid_t child = fork();
    if (child != 0) {
        int saved = errno;
        close(ends[1]);
        if (child < 0) {
            close(ends[0]);
            errno = saved;
            return -1;
        }
        // Also here, so the group exists whichever of the two runs first (the child's own call
        // may come later; once the child has called exec, this one fails harmlessly).
        setpgid(child, child);
        *output_fd = ends[0];
        return child;
    }
    // In the child, the guardian: only async-signal-safe calls from here on. When this process
    // dies, however it dies, the kernel sends it SIGTERM, on which it kills its process group:
    // the program and whatever the program started (a wrapper script's own children too).
    struct sigaction stop;
    stop.sa_handler = dossier_stop_group;
    sigemptyset(&stop.sa_mask);
    stop.sa_flags = 0;
    if (sigaction(SIGTERM, &stop, NULL) != 0) _exit(126);
    sigset_t only_term;
    sigfillset(&only_term);
    sigdelset(&only_term, SIGTERM);
    sigprocmask(SIG_SETMASK, &only_term, NULL);
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0) _exit(126);
    // The parent may have died before prctl took effect.
    if (getppid() != parent) _exit(126);
    // A group of its own, so that killing the group stops whatever the program starts too.
    if (setpgid(0, 0) != 0) _exit(126);
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(ends[1], 1) < 0 || dup2(ends[1], 2) < 0) _exit(126);
    // Every other descriptor the fork copied is closed: the guardian never calls exec, so
    // close-on-exec would not close them, and it would hold them for the program's whole run
    // (a file another thread was writing could then not be run: ETXTBSY).
    dossier_close_from(3);
    pid_t program = fork();
    if (program < 0) _exit(126);
    if (program == 0) {
        // The program, in the guardian's group, with default signal handling whatever this
        // process's threads block or ignore.
        signal(SIGTERM, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        // A file being written by another process cannot be run for that moment (ETXTBSY):
        // tried again for up to a second.
        for (int attempt = 0; attempt < 100; attempt++) {
            execv(path, argv);
            if (errno != ETXTBSY) break;
            struct timespec pause = {0, 10 * 1000 * 1000};
            nanosleep(&pause, NULL);
        }
        _exit(127);
    }
    // The guardian's copies of the output are closed, so the reader sees the end when the
    // program (and what it started) has closed its own.
    close(0);
    close(1);
    close(2);
    int status;
    while (waitpid(program, &status, 0) < 0) {
        if (errno != EINTR) _exit(126);
    }
    if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
    _exit(128 + WTERMSIG(status));
}
