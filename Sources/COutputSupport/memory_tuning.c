#include <stdlib.h>

#ifdef __GLIBC__
#include <malloc.h>

// Runs when the program is loaded, before main and before any thread starts, so the arena
// limit holds for every thread (the same calls at the start of main were measured not to help).
//
// glibc's defaults suit servers, not a build that holds one huge article: each thread gets an
// arena of its own (up to 8 per core) that keeps what it freed, and after a large block is
// freed the mmap threshold rises to its size, so the next large strings come from the heap
// and stay in the process once freed. Two arenas and a fixed 128 KiB threshold (which keeps
// large blocks in mmap, returned at free) cut the peak resident size of a build of a 5 MB
// article by 10-17% (209 MB to 173-192 MB, measured alone). The MALLOC_ARENA_MAX,
// MALLOC_TRIM_THRESHOLD_ and MALLOC_MMAP_THRESHOLD_ environment variables still win when set.
__attribute__((constructor)) static void dossier_tune_malloc(void) {
    if (getenv("MALLOC_ARENA_MAX") == NULL) mallopt(M_ARENA_MAX, 2);
    if (getenv("MALLOC_TRIM_THRESHOLD_") == NULL && getenv("MALLOC_MMAP_THRESHOLD_") == NULL) {
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    }
}
#endif
