import DossierModel
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `BackgroundResult` runs its work on another thread, gives its result to every reader, lets
/// go of the work once done, and runs yielding work at a lower priority than the caller's.
struct BackgroundResultTests {
    @Test func theResultIsTheWorksAndReadAsOftenAsNeeded() {
        let callerThread = ObjectIdentifier(Thread.current)
        let result = BackgroundResult { (ObjectIdentifier(Thread.current) != callerThread, 6 * 7) }
        #expect(result.value.0)
        #expect(result.value.1 == 42)
        #expect(result.value.1 == 42)
    }

    @Test func inParallelRunsBothHalves() {
        let (first, second) = inParallel({ (1...100).reduce(0, +) }, { (1...10).reduce(1, *) })
        #expect(first == 5050)
        #expect(second == 3_628_800)
    }

    #if os(Linux)
        @Test func yieldingWorkRunsAtALowerPriorityThanTheCallers() {
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            let caller = getpriority(which, 0)
            let yielding = BackgroundResult(yielding: true) { getpriority(which, 0) }
            let usual = BackgroundResult { getpriority(which, 0) }
            #expect(yielding.value == min(19, caller + 10))
            #expect(usual.value == caller)
            // The caller's own priority is left as it was.
            #expect(getpriority(which, 0) == caller)
        }
    #endif
}
