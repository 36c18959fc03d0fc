#ifndef DOSSIER_OUTPUT_SUPPORT_H
#define DOSSIER_OUTPUT_SUPPORT_H

#include <sys/types.h>

/// Atomically exchanges the directory entries `first` and `second` (Linux renameat2 with
/// RENAME_EXCHANGE). Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system
/// or kernel cannot exchange).
int dossier_rename_exchange(const char *first, const char *second);

/// Writes to disk everything cached for the file system that holds `path` (Linux syncfs).
/// Returns 0, or -1 with errno set.
int dossier_sync_file_system(const char *path);

/// Starts writing the file open as `fd` to disk, without waiting for it (Linux
/// sync_file_range with SYNC_FILE_RANGE_WRITE): a later sync of the file system then has less
/// to wait for. Returns 0, or -1 with errno set.
int dossier_start_writeback(int fd);

/// 1 when the file open as `fd` (for writing, by its owner) is open nowhere else: no other
/// open file description, of this process or another, reads or writes it (Linux grants a
/// write lease only then; the lease is given back at once). 0 when it is open elsewhere, or
/// when the file system or kernel cannot say.
int dossier_is_open_only_here(int fd);

/// Opens the file at `path` to be written over in place: for reading and writing, not through
/// a symbolic link, close-on-exec, and so that reading it does not change its time of last
/// access (O_NOATIME: only for the file's owner; anyone else gets EPERM). Returns the
/// descriptor, or -1 with errno set.
int dossier_open_to_write_over(const char *path);

/// 1 when the byte at `offset` of the file open as `fd` (for reading) is in the page cache, so
/// that reading it would not wait on the disk (Linux preadv2 with RWF_NOWAIT); 0 when it is
/// not, or when the kernel cannot say.
int dossier_is_cached(int fd, off_t offset);

/// Starts `path` with `argv` (NULL-terminated) under a guardian child, in a process group of
/// its own (the guardian's pid), so that `kill(-pid, SIGKILL)` stops it with whatever it
/// started. When this process dies, however it dies, the kernel tells the guardian
/// (PR_SET_PDEATHSIG), which kills the whole group: the program and its own children. The
/// guardian exits with the program's status (128 + the signal that killed it). The program's
/// stdin is /dev/null; its stdout and stderr go to one pipe, whose read end (close-on-exec)
/// is stored in `*output_fd`. Returns the guardian's pid, or -1 with errno set.
pid_t dossier_spawn_tied(const char *path, char *const argv[], int *output_fd);

#endif
