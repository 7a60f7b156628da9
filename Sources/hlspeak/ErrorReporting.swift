import ArgumentParser
import Foundation
import HLSpeakKit

/// Runs a command's work and turns hlspeak's errors into one message on standard error and the
/// exit status that goes with it.
func reportingErrors(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as any HLSpeakError {
        printError("error: \(error.description)")
        throw ExitCode(error.exitCode)
    } catch let error where error is ExitCode || error is ValidationError || error is CleanExit {
        throw error
    } catch {
        // Not one of hlspeak's own (a system error): said in the same form, not as a bare "Error:".
        printError("error: \(error.localizedDescription)")
        throw ExitCode(ExitStatus.software)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("hlspeak: \(message)\n".utf8))
}

/// Removes this process's half-written files if the run is interrupted (Ctrl-C or a kill), and
/// waits for its worker processes to remove theirs, then exits with the conventional status.
enum InterruptCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install(folders: [URL] = []) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                WorkerPool.stopRunningWorkers()
                AtomicFile.removeLeftovers()
                printError("interrupted; no partial files were left behind")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
