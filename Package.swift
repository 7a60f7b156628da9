// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The header folders of pkg-config packages (`-I…`), without their link flags: the document
/// libraries are opened when first used (`Sources/CLazyLibrary`), not linked, so a command that
/// only speaks never loads them.
func headerFolders(_ packages: [String]) -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pkg-config")
    process.arguments = ["--cflags-only-I"] + packages
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return [] }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
}

let documentHeaders = headerFolders(["pangocairo", "liblouis", "libxml-2.0", "libzip"])
/// What a C target that includes those headers is compiled with.
let documentCSettings: [CSetting] = [.unsafeFlags(documentHeaders)]
/// What a Swift target that imports them (or imports HLSpeakKit, which does) is compiled with.
/// (The release builds' start-up flags, for every target and dependency, are in the Makefile.)
let documentSwiftSettings: [SwiftSetting] = [
    .unsafeFlags(documentHeaders.flatMap { ["-Xcc", $0] }),
]

let package = Package(
    name: "hlspeak",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hlspeak", targets: ["hlspeak"]),
        .library(name: "HLSpeakKit", targets: ["HLSpeakKit"]),
        // libqpdf (and the crypto, TLS and JPEG libraries it brings) is loaded only when a PDF is
        // finished: this library is opened with dlopen, never linked into the programs.
        .library(name: "HLSpeakQPDF", type: .dynamic, targets: ["CQPDF"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // One thin system-library target per C library: a module map and a header, nothing else.
        .systemLibrary(name: "CEspeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(name: "CSndfile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(name: "CEbur128", pkgConfig: "libebur128", providers: [.apt(["libebur128-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev"])]),
        // libFuzzer's driver, for `make fuzz` only (the sanitizer links it).
        .systemLibrary(name: "CFuzzer"),

        // The document libraries: the same thin wrappers (a module map and a header), and a C
        // file that opens the library on first use and forwards each function hlspeak calls.
        .target(
            name: "CLazyLibrary",
            exclude: ["forwarding.map"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--version-script=\(Context.packageDirectory)/Sources/CLazyLibrary/forwarding.map"])]
        ),
        .target(name: "CPangoCairo", dependencies: ["CLazyLibrary"], cSettings: documentCSettings),
        .target(name: "CLouis", dependencies: ["CLazyLibrary"], cSettings: documentCSettings),
        .target(name: "CHyphen", dependencies: ["CLazyLibrary"], cSettings: documentCSettings),
        .target(name: "CSoxr", dependencies: ["CLazyLibrary"]),
        .target(name: "CLibXML2", dependencies: ["CLazyLibrary"], cSettings: documentCSettings),
        .target(name: "CZip", dependencies: ["CLazyLibrary"], cSettings: documentCSettings),

        // A long section is spoken in two pieces at once: this forks the child that speaks the
        // second, which must run only C (no Swift runtime or Dispatch lock held by another thread).
        .target(name: "CSpeechPiece", dependencies: ["CEspeakNG"]),

        // libqpdf has only a C++ API: a small C++ target gives Swift a C interface to the one job it does.
        .target(
            name: "CQPDF",
            linkerSettings: [.linkedLibrary("qpdf")]
        ),

        .target(
            name: "HLSpeakKit",
            dependencies: [
                "CEspeakNG", "CSpeechPiece", "CSndfile", "CSoxr", "CCmarkGFM", "CPangoCairo", "CLouis", "CHyphen", "CLibXML2", "CZip",
                .product(name: "Yams", package: "Yams"),
            ],
            // Language data: the tables of each language, read by LanguageLibrary.
            resources: [.copy("Language/Data")],
            swiftSettings: documentSwiftSettings
        ),
        // The staff workspace (`hlspeak serve`): web pages over the same library and export path.
        .target(
            name: "HLSpeakWorkspace",
            dependencies: [
                "HLSpeakKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: documentSwiftSettings
        ),
        // `hlspeak serve` runs this program: the workspace's web stack stays out of the main
        // program, which starts (and speaks) faster without it.
        .executableTarget(
            name: "hlspeak-serve",
            dependencies: ["HLSpeakKit", "HLSpeakWorkspace"],
            swiftSettings: documentSwiftSettings
        ),
        .executableTarget(
            name: "hlspeak",
            dependencies: [
                "HLSpeakKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: documentSwiftSettings
        ),
        .executableTarget(
            name: "hlspeak-bench",
            dependencies: ["HLSpeakKit"],
            swiftSettings: documentSwiftSettings
        ),
        // The fuzz target: libFuzzer in `make fuzz`, a replay of the corpus otherwise.
        .executableTarget(
            name: "hlspeak-fuzz",
            dependencies: ["HLSpeakKit", "CFuzzer"],
            swiftSettings: documentSwiftSettings
        ),
        .testTarget(
            name: "HLSpeakKitTests",
            // libebur128: the reference loudness meter the tests hold hlspeak's own to.
            dependencies: ["HLSpeakKit", "CSndfile", "CEbur128"],
            resources: [.copy("Fixtures")],
            swiftSettings: documentSwiftSettings
        ),
        .testTarget(
            name: "hlspeakTests",
            dependencies: ["hlspeak", "hlspeak-fuzz", "HLSpeakKit", "HLSpeakWorkspace"],
            swiftSettings: documentSwiftSettings
        ),
    ],
    cxxLanguageStandard: .cxx17
)
