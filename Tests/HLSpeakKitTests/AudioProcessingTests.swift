import Foundation
import Testing
@testable import HLSpeakKit

/// The signal-processing steps on made-up signals, where the right answer is known.
@Suite struct AudioProcessingTests {
    static func tone(_ frequency: Double, seconds: Double, amplitude: Float, rate: Int = 22_050) -> AudioBuffer {
        let count = Int(seconds * Double(rate))
        return AudioBuffer(samples: (0..<count).map { amplitude * Float(sin(2 * .pi * frequency * Double($0) / Double(rate))) },
                           sampleRate: rate)
    }

    @Test func limiterKeepsPeaksUnderTheCeilingWithoutClipping() {
        var audio = Self.tone(440, seconds: 2, amplitude: 0.3)
        for index in 20_000..<20_400 { audio.samples[index] *= 3.2 }  // a burst at 0.96
        var limited = audio
        PeakLimiter(ceilingDecibels: -3).limit(&limited)
        #expect(limited.peakDecibels <= -3.0 + 1e-6)
        #expect(limited.clippedSampleCount == 0)
        // Away from the burst the signal is untouched.
        #expect(abs(limited.samples[5_000] - audio.samples[5_000]) < 1e-6)
    }

    /// 16-bit samples straight to 16-bit samples, where no peak needs limiting, give exactly
    /// what the float way gives; chunks with a peak take the float way.
    @Test(arguments: [1_000, 4_096, 65_536])
    func limitingSixteenBitSamplesGivesTheFloatWaysValues(chunkSize: Int) throws {
        var audio = Self.tone(440, seconds: 3, amplitude: 0.3)
        for index in 30_000..<30_400 { audio.samples[index] *= 3 }  // a burst over the ceiling after the gain
        let shorts = audio.samples.map { Int16(($0 * 32_767).rounded()) }
        let folder = FileManager.default.temporaryDirectory
        let spool = try AudioSpool(sampleRate: 22_050, shorts: true, for: folder.appendingPathComponent("limiter-test.wav"))
        try shorts.withUnsafeBufferPointer { try spool.append($0) }
        let limiter = PeakLimiter(ceilingDecibels: -3)
        for gain: Float in [0.7, 1.9] {
            let range = 1_234..<(shorts.count - 77)
            var viaFloats: [Int16] = []
            try limiter.render(spool, range: range, gain: gain, chunkSize: chunkSize) { floats in
                var chunk = [Int16](repeating: 0, count: floats.count)
                chunk.withUnsafeMutableBufferPointer { SampleMath.int16(floats, into: $0) }
                viaFloats += chunk
            }
            var direct: [Int16] = []
            try limiter.render16(spool, range: range, gain: gain, chunkSize: chunkSize) { direct += $0 }
            #expect(direct == viaFloats, "gain \(gain)")
            #expect(direct.count == range.count)
            if gain > 1 {
                #expect(direct.map { abs(Int($0)) }.max()! <= Int(32768 * limiter.ceiling) + 1, "the burst is limited")
            }
        }
    }

    /// Scaling 16-bit samples straight to 16-bit values gives what the float way gives, for
    /// every 16-bit value: rounded to nearest, and clamped at full scale when the gain pushes a
    /// sample past it (small gains take a saturating shortcut, large ones clamp first).
    @Test(arguments: [Float(0.3), 0.7071, 1, 1.9, 63.9, 64, 300, -0.5])
    func scalingSixteenBitSamplesMatchesTheFloatWay(gain: Float) {
        let every = (Int(Int16.min)...Int(Int16.max)).map { Int16($0) }
        var direct = [Int16](repeating: 0, count: every.count)
        every.withUnsafeBufferPointer { samples in
            direct.withUnsafeMutableBufferPointer { SampleMath.int16(samples, scaledBy: gain, into: $0) }
        }
        let floats = every.map { Float($0) * (1 / 32768) * gain }
        var viaFloats = [Int16](repeating: 0, count: every.count)
        floats.withUnsafeBufferPointer { samples in
            viaFloats.withUnsafeMutableBufferPointer { SampleMath.int16(samples, into: $0) }
        }
        #expect(direct == viaFloats)
        if gain > 1 { #expect(direct.contains(.max) && direct.contains(.min), "full scale reached and clamped") }
    }

    @Test func levelAdjusterReachesTheTarget() throws {
        var adjusted = Self.tone(300, seconds: 5, amplitude: 0.05)
        LevelAdjuster.adjust(&adjusted, to: LevelTarget(loudness: -23, peakCeiling: -3))
        let loudness = try #require(LoudnessMeter.integratedLoudness(of: adjusted))
        #expect(abs(loudness + 23) < 0.5)
        #expect(adjusted.peakDecibels <= -3)
    }

    @Test func resamplerBandLimitsTelephoneAudio() throws {
        var mixed = Self.tone(1_000, seconds: 1, amplitude: 0.3)
        let high = Self.tone(3_800, seconds: 1, amplitude: 0.3)
        for index in mixed.samples.indices { mixed.samples[index] += high.samples[index] }
        let phone = try Resampler.resample(mixed, to: 8_000, bandLimit: 3_400)
        #expect(phone.sampleRate == 8_000)
        #expect(abs(phone.duration - 1) < 0.01)
        #expect(Spectrum.shareAbove(3_400, in: phone) < 0.01)
        let unlimited = try Resampler.resample(mixed, to: 8_000)
        #expect(Spectrum.shareAbove(3_400, in: unlimited) > 0.3, "the control: without the limit the 3.8 kHz tone stays")
    }

    @Test func silenceShaperSetsLeadTrailAndShortensLongPauses() throws {
        let rate = 8_000
        let silence = { (seconds: Double) in [Float](repeating: 0, count: Int(seconds * Double(rate))) }
        let speech = Self.tone(500, seconds: 1, amplitude: 0.3, rate: rate).samples
        var samples: [Float] = silence(1.5)
        samples += speech
        samples += silence(5)
        samples += speech
        samples += silence(2)
        var shaped = AudioBuffer(samples: samples, sampleRate: rate)
        let position = SilenceShaper().shape(&shaped)
        let map = SilenceMap(shaped)
        #expect(shaped.seconds(at: map.firstSoundSample ?? 0) <= 0.25)
        #expect(map.quietRuns(longerThan: 3_000).isEmpty)
        let trail = shaped.duration - shaped.seconds(at: map.endOfSoundSample ?? 0)
        #expect(trail >= 0.3 && trail <= 0.75)
        // The second burst started at 7.5 s; it moves by the lead cut and the shortened pause.
        let secondBurst = position(Int(7.5 * Double(rate)))
        let onset = try #require(map.firstSound(from: secondBurst - 80))
        #expect(abs(onset - secondBurst) <= 80)
    }

    /// The captions' map of the shaped file comes from the windows measured before shaping: at
    /// 22,050 Hz, where a 10 ms window (220 samples) does not divide the 100 ms lead (2,205), and
    /// for a part that starts mid-window, it agrees with measuring the shaped samples except next
    /// to an edge, and the first and last sound move by at most one window.
    @Test(arguments: [0, 110, 17])
    func theShapedMapMatchesMeasuringTheShapedAudio(partStart: Int) throws {
        let rate = 22_050
        let silence = { (seconds: Double) in [Float](repeating: 0, count: Int(seconds * Double(rate))) }
        var samples = silence(1.234)
        for (index, seconds) in [0.8, 0.3, 1.1].enumerated() {
            samples += Self.tone(300 + 200 * Double(index), seconds: seconds, amplitude: 0.2, rate: rate).samples
            samples += silence([3.3, 2.9, 0.45][index])
        }
        let part = partStart..<samples.count
        let before = try SignalSummary(of: AudioBuffer(samples: samples, sampleRate: rate)).silenceMap(of: part)
        let plan = SilenceShaper().plan(before, count: part.count, sampleRate: rate)
        #expect(plan.kept.count == 3, "two long pauses shortened")
        let derived = before.shaped(keeping: plan.kept, thenQuiet: plan.trailSamples)
        // The part shaped by the same plan, then measured.
        var shaped: [Float] = []
        for span in plan.kept { shaped += samples[(part.lowerBound + span.lowerBound)..<(part.lowerBound + span.upperBound)] }
        shaped += [Float](repeating: 0, count: plan.trailSamples)
        let measured = SilenceMap(AudioBuffer(samples: shaped, sampleRate: rate))
        #expect(derived.loudWindows.count == measured.loudWindows.count)
        for index in measured.loudWindows.indices where derived.loudWindows[index] != measured.loudWindows[index] {
            let nearEdge = (max(0, index - 1)...min(measured.loudWindows.count - 1, index + 1))
                .contains { measured.loudWindows[$0] != measured.loudWindows[index] }
            #expect(nearEdge, "window \(index) differs away from any edge")
        }
        #expect(abs((derived.firstSoundSample ?? -1) - (measured.firstSoundSample ?? -9_999)) <= derived.windowSamples)
        #expect(abs((derived.endOfSoundSample ?? -1) - (measured.endOfSoundSample ?? -9_999)) <= derived.windowSamples)
    }

    @Test func partitionCutsAtSentenceStarts() throws {
        let parts = try PromptPartition.parts(sentenceStarts: [0, 40, 90, 120, 170], totalSamples: 200,
                                              maxSamples: 100, sampleRate: 10)
        #expect(parts == [0..<90, 90..<170, 170..<200])
        #expect(throws: PromptPartition.SentenceTooLong(sentence: 1, seconds: 15)) {
            try PromptPartition.parts(sentenceStarts: [0, 10, 160], totalSamples: 170, maxSamples: 100, sampleRate: 10)
        }
    }

    @Test func webVTTEscapesAndFormatsTimes() {
        let text = WebVTT.document([CaptionCue(start: 3661.5, end: 3662.25, text: "a <b> & c --> d")])
        #expect(text == "WEBVTT\n\n1\n01:01:01.500 --> 01:01:02.250\na &lt;b&gt; &amp; c --&gt; d\n")
    }
}

/// hlspeak's own loudness meter against libebur128, the reference.
@Suite struct LoudnessMeterTests {
    @Test(arguments: [8_000, 22_050, 44_100])
    func kWeightedLoudnessAgreesWithLibebur128(rate: Int) throws {
        // Tones across the band, a quiet stretch (gated away) and a loud burst.
        var samples: [Float] = []
        for (frequency, amplitude, seconds) in [(60.0, 0.3, 1.0), (440, 0.05, 2), (1_000, 0.2, 1.5), (3_000, 0.1, 1),
                                                (300, 0.001, 2), (2_500, 0.6, 0.5)] where frequency < Double(rate) / 2 {
            samples += AudioProcessingTests.tone(frequency, seconds: seconds, amplitude: Float(amplitude), rate: rate).samples
        }
        let audio = AudioBuffer(samples: samples, sampleRate: rate)
        let ours = try #require(KWeightedLoudness.integratedLoudness(of: audio))
        let reference = try #require(LoudnessMeter.integratedLoudness(of: audio))
        #expect(abs(ours - reference) < 0.05, "ours \(ours) LUFS, libebur128 \(reference) LUFS")
    }

    /// Over a long, changing signal the meter agrees with libebur128, and gives the same figure
    /// however the samples arrive (the stream hands them over in chunks of any size).
    @Test func longSignalsAgreeWithLibebur128WhateverTheChunks() throws {
        var samples: [Float] = []
        for step in 0..<23 {
            let frequency = [60.0, 180, 440, 1_000, 2_500, 5_000][step % 6]
            let amplitude = Float([0.3, 0.02, 0.2, 0.5, 0.05][step % 5])
            samples += AudioProcessingTests.tone(frequency, seconds: 0.37 + Double(step % 4) * 0.61, amplitude: amplitude, rate: 22_050).samples
        }
        let audio = AudioBuffer(samples: samples, sampleRate: 22_050)
        let whole = try #require(KWeightedLoudness.integratedLoudness(of: audio))
        let reference = try #require(LoudnessMeter.integratedLoudness(of: audio))
        #expect(abs(whole - reference) < 0.05, "ours \(whole) LUFS, libebur128 \(reference) LUFS")
        for chunk in [1, 997, 22_050, 100_000] {
            let meter = KWeightedLoudness(sampleRate: 22_050)
            samples.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let end = min(buffer.count, start + chunk)
                    meter.add(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    start = end
                }
            }
            #expect(abs(try #require(meter.integratedLoudness) - whole) < 1e-9, "chunks of \(chunk)")
        }
    }

    /// Silence after silence is left out of the filtering; the figure is the one the meter gives
    /// when the same pauses are not quite silent (so nothing is left out), and libebur128's.
    @Test func leavingOutPausesKeepsTheFigure() throws {
        var silent: [Float] = [], nearlySilent: [Float] = []
        for step in 0..<12 {
            let tone = AudioProcessingTests.tone([180.0, 900, 2_400][step % 3], seconds: 0.4 + Double(step % 5) * 0.33,
                                                 amplitude: [0.3, 0.08, 0.5][step % 3], rate: 22_050).samples
            let pause = Int(22_050 * [0.05, 0.35, 1.3, 0.62][step % 4])
            silent += tone + [Float](repeating: 0, count: pause)
            nearlySilent += tone + [Float](repeating: 1e-20, count: pause)
        }
        let leftOut = try #require(KWeightedLoudness.integratedLoudness(of: AudioBuffer(samples: silent, sampleRate: 22_050)))
        let filtered = try #require(KWeightedLoudness.integratedLoudness(of: AudioBuffer(samples: nearlySilent, sampleRate: 22_050)))
        let reference = try #require(LoudnessMeter.integratedLoudness(of: AudioBuffer(samples: silent, sampleRate: 22_050)))
        #expect(abs(leftOut - filtered) < 1e-6, "\(leftOut) LUFS with pauses left out, \(filtered) LUFS filtered")
        #expect(abs(leftOut - reference) < 0.05, "ours \(leftOut) LUFS, libebur128 \(reference) LUFS")
        var samples = [Float](repeating: 0, count: 20)
        #expect(samples.withUnsafeBufferPointer { SampleMath.isSilent($0) })
        samples[17] = -0.0
        #expect(samples.withUnsafeBufferPointer { SampleMath.isSilent($0) })
        for position in [3, 17] {
            samples[position] = .nan
            #expect(!samples.withUnsafeBufferPointer { SampleMath.isSilent($0) })
            samples[position] = 1e-30
            #expect(!samples.withUnsafeBufferPointer { SampleMath.isSilent($0) })
            samples[position] = 0
        }
    }

    /// 16-bit samples converted straight into the meter's buffer, in batches like eSpeak NG's,
    /// give the same loudness as the floats added whole; a summary fed each stretch as it is
    /// written sees every sample once, in order (stretches end where the meter's buffer fills, not
    /// where a batch does).
    @Test func samplesConvertedIntoTheMeterGiveTheSameFigures() throws {
        var shorts: [Int16] = []
        for step in 0..<9 {
            let tone = AudioProcessingTests.tone([220.0, 1_200, 3_100][step % 3], seconds: 0.3 + Double(step) * 0.37,
                                                 amplitude: [0.4, 0.05, 0.2][step % 3], rate: 22_050)
            shorts += tone.samples.map { Int16(($0 * 32_767).rounded()) }
        }
        let floats = shorts.map { Float($0) * (1 / 32768) }
        #expect(floats.count > 141_120 * 2, "longer than two of the meter's buffers")
        let whole = KWeightedLoudness(sampleRate: 22_050)
        floats.withUnsafeBufferPointer { whole.add($0) }
        let converted = KWeightedLoudness(sampleRate: 22_050)
        var summary = SignalSummary(sampleRate: 22_050)
        shorts.withUnsafeBufferPointer { shorts in
            var start = 0
            while start < shorts.count {
                let batch = UnsafeBufferPointer(rebasing: shorts[start..<min(shorts.count, start + 16_384)])
                converted.add(count: batch.count) { stretch, positions in
                    for (offset, position) in positions.enumerated() { stretch[offset] = Float(batch[position]) * (1 / 32768) }
                    summary.add(UnsafeBufferPointer(stretch))
                }
                start += batch.count
            }
        }
        #expect(abs(try #require(converted.integratedLoudness) - (try #require(whole.integratedLoudness))) < 1e-9)
        let reference = try SignalSummary(of: AudioBuffer(samples: floats, sampleRate: 22_050))
        #expect(summary.count == reference.count)
        #expect(summary.windowPower.count == reference.windowPower.count)
        for (ours, theirs) in zip(summary.windowPower, reference.windowPower) {
            #expect(abs(ours - theirs) <= 1e-5 * max(theirs, 1e-6))
        }
        #expect(summary.samplesAbove(0.1) == reference.samplesAbove(0.1))
    }

    @Test func silenceAndShortClipsHaveNoLoudness() {
        #expect(KWeightedLoudness.integratedLoudness(of: AudioBuffer(samples: [Float](repeating: 0, count: 44_100), sampleRate: 22_050)) == nil)
        #expect(KWeightedLoudness.integratedLoudness(of: AudioProcessingTests.tone(440, seconds: 0.2, amplitude: 0.3)) == nil)
    }
}
