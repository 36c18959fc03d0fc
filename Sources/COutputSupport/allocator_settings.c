// jemalloc's settings, read by jemalloc when it starts (the `malloc_conf` symbol it looks
// for). Linux builds of `dossier` link jemalloc (Package.swift); elsewhere, and in the test
// binaries, which keep the system's malloc, this string is never read. MALLOC_CONF still wins
// over it when set.
//
// Freed pages go back to the system after a second instead of ten, and without an
// intermediate "muzzy" stage: a clean build of 10,000 articles then peaked at 0.96-0.98 GB
// (1.01-1.04 GB with jemalloc's defaults, 1.15 GB with glibc's malloc) at the same speed,
// and a build of one 5 MB article at 115-132 MB (130-144 MB with the defaults).
const char *malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";
