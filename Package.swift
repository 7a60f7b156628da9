// swift-tools-version:6.0
import PackageDescription

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
        .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),
        .systemLibrary(name: "CEbur128", pkgConfig: "libebur128", providers: [.apt(["libebur128-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev"])]),
        .systemLibrary(name: "CLouis", pkgConfig: "liblouis", providers: [.apt(["liblouis-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-en-us"])]),
        // libFuzzer's driver, for `make fuzz` only (the sanitizer links it).
        .systemLibrary(name: "CFuzzer"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),

        // libqpdf has only a C++ API: a small C++ target gives Swift a C interface to the one job it does.
        .target(
            name: "CQPDF",
            linkerSettings: [.linkedLibrary("qpdf")]
        ),

        .target(
            name: "HLSpeakKit",
            dependencies: [
                "CEspeakNG", "CSndfile", "CSoxr", "CEbur128", "CCmarkGFM", "CPangoCairo", "CLouis", "CHyphen", "CLibXML2", "CZip",
                .product(name: "Yams", package: "Yams"),
            ],
            // Language data: the tables of each language, read by LanguageLibrary.
            resources: [.copy("Language/Data")]
        ),
        // The staff workspace (`hlspeak serve`): web pages over the same library and export path.
        .target(
            name: "HLSpeakWorkspace",
            dependencies: [
                "HLSpeakKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `hlspeak serve` runs this program: the workspace's web stack stays out of the main
        // program, which starts (and speaks) faster without it.
        .executableTarget(
            name: "hlspeak-serve",
            dependencies: ["HLSpeakKit", "HLSpeakWorkspace"]
        ),
        .executableTarget(
            name: "hlspeak",
            dependencies: [
                "HLSpeakKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hlspeak-bench",
            dependencies: ["HLSpeakKit"]
        ),
        // The fuzz target: libFuzzer in `make fuzz`, a replay of the corpus otherwise.
        .executableTarget(
            name: "hlspeak-fuzz",
            dependencies: ["HLSpeakKit", "CFuzzer"]
        ),
        .testTarget(
            name: "HLSpeakKitTests",
            dependencies: ["HLSpeakKit", "CSndfile"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "hlspeakTests",
            dependencies: ["hlspeak", "hlspeak-fuzz", "HLSpeakKit", "HLSpeakWorkspace"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
