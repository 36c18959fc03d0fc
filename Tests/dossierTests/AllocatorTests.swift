import Testing

/// On Linux `dossier` runs on jemalloc with the settings of `allocator_settings.c`: with
/// glibc's malloc a large build spent a tenth of its time in the allocator and peaked higher.
struct AllocatorTests {
    #if os(Linux)
        /// jemalloc prints its statistics at exit when asked to (`stats_print`), and they show
        /// the built-in settings; glibc's malloc ignores the variable and prints nothing.
        @Test func theBinaryRunsOnJemallocWithItsSettings() throws {
            let result = try DossierBinary.run(["--help"], environment: ["MALLOC_CONF": "stats_print:true"])
            #expect(result.status == 0)
            #expect(result.stderr.contains("jemalloc statistics"), "jemalloc is not the binary's allocator")
            #expect(result.stderr.contains("opt.dirty_decay_ms: 1000"))
            #expect(result.stderr.contains("opt.muzzy_decay_ms: 0"))
        }
    #endif
}
