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

    /// `inParallel` lends its second half to the thread (`withoutActuallyEscaping`), which
    /// traps if the thread still holds it when the call returns: the result must be read only
    /// once the thread is done with the work. The window is a few instructions wide, so the
    /// first half lasts from nothing to 60 µs, about what starting the thread takes, and the
    /// reader comes to the result at every moment of the thread's end.
    @Test func inParallelNeverReturnsWhileTheThreadHoldsTheLentHalf() {
        let clock = ContinuousClock()
        var total = 0
        for index in 0..<20_000 {
            let (first, second) = inParallel(
                {
                    let deadline = clock.now + .microseconds(index % 60)
                    while clock.now < deadline {}
                    return index
                }, { index + 1 })
            total += second - first
        }
        #expect(total == 20_000)
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
