import Foundation

/// Numbers said in Spanish words, as US Spanish writes and says them (a decimal point, "100.4" →
/// "cien punto cuatro"): cardinals, ordinals, years, decimals, fractions, money and times. The
/// normaliser decides which reading a number needs.
public enum SpanishNumbers {
    private static let units = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                                "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
                                "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
                                "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
    private static let tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
    private static let hundreds = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                                   "setecientos", "ochocientos", "novecientos"]

    /// 3000 → "tres mil", 104 → "ciento cuatro", 21 → "veintiuno", 100 → "cien", 1,000,000 → "un millón".
    public static func cardinal(_ number: Int) -> String {
        if number < 0 { return "menos " + cardinal(-number) }
        if number < 30 { return units[number] }
        if number < 100 { return tens[number / 10] + (number % 10 == 0 ? "" : " y " + units[number % 10]) }
        if number == 100 { return "cien" }
        if number < 1_000 { return hundreds[number / 100] + (number % 100 == 0 ? "" : " " + cardinal(number % 100)) }
        if number < 1_000_000 {
            let thousands = number / 1_000
            let rest = number % 1_000
            let head = thousands == 1 ? "mil" : apocopated(cardinal(thousands)) + " mil"
            return head + (rest == 0 ? "" : " " + cardinal(rest))
        }
        if number < 1_000_000_000_000 {
            let millions = number / 1_000_000
            let rest = number % 1_000_000
            let head = millions == 1 ? "un millón" : apocopated(cardinal(millions)) + " millones"
            return head + (rest == 0 ? "" : " " + cardinal(rest))
        }
        return String(number)
    }

    /// "uno" before a noun is "un", "veintiuno" "veintiún" ("veintiún mil", "un millón").
    static func apocopated(_ words: String) -> String {
        if words.hasSuffix("veintiuno") { return words.dropLast("veintiuno".count) + "veintiún" }
        if words == "uno" || words.hasSuffix(" uno") { return words.dropLast(1) + "" }
        return words
    }

    /// The form before a masculine noun: "1 tableta"… is feminine, so the normaliser keeps "una"
    /// where the noun asks; here, the masculine "un" ("un día", "veintiún días").
    public static func beforeNoun(_ number: Int) -> String { apocopated(cardinal(number)) }

    /// 1 → "primero", 2 → "segundo", 10 → "décimo"; above ten, the cardinal (as people say it).
    public static func ordinal(_ number: Int) -> String {
        let names = ["cero", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo"]
        return (0...10).contains(number) ? names[number] : cardinal(number)
    }

    /// The ordinal a written ending asks for: "er" the short masculine ("1er" → "primer", "3er"
    /// → "tercer"), an ending in -a or "ª" the feminine ("2da" → "segunda", "1.ª" → "primera"),
    /// any other the masculine ("1.º" → "primero", "2do" → "segundo").
    public static func ordinal(_ number: Int, ending: String) -> String {
        let masculine = ordinal(number)
        if ending == "er" { return masculine.hasSuffix("ero") ? String(masculine.dropLast()) : masculine }
        if ending.hasSuffix("a") || ending == "ª" {
            return masculine.hasSuffix("o") && (1...10).contains(number) ? String(masculine.dropLast()) + "a" : masculine
        }
        return masculine
    }

    /// A year is its cardinal: 2025 → "dos mil veinticinco", 1999 → "mil novecientos noventa y nueve".
    public static func year(_ year: Int) -> String { cardinal(year) }

    /// "1990" → "los años mil novecientos noventa".
    public static func decade(_ year: Int) -> String { "los años " + cardinal(year) }

    /// "100.4" → "cien punto cuatro", "0.25" → "cero punto dos cinco", "3,000" → "tres mil".
    /// Nil when `written` is not a plain number.
    public static func number(_ written: String) -> String? {
        guard let (whole, decimals) = WrittenDecimal.parts(of: written) else { return nil }
        let wholeWords = cardinal(whole)
        guard !decimals.isEmpty else { return wholeWords }
        return wholeWords + " punto " + decimals.map { units[$0] }.joined(separator: " ")
    }

    /// 1/2 → "un medio", 1/3 → "un tercio", 3/4 → "tres cuartos", 5/8 → "cinco octavos".
    public static func fraction(_ numerator: Int, _ denominator: Int) -> String {
        let names: [Int: String] = [2: "medio", 3: "tercio", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo",
                                    8: "octavo", 9: "noveno", 10: "décimo"]
        let name = names[denominator] ?? (cardinal(denominator) + "avo")
        return (numerator == 1 ? "un" : cardinal(numerator)) + " " + name + (numerator == 1 ? "" : "s")
    }

    /// "1 1/2" → "uno y medio", "2 3/4" → "dos y tres cuartos".
    public static func mixedFraction(_ whole: Int, _ numerator: Int, _ denominator: Int) -> String {
        let part = numerator == 1 ? String(fraction(1, denominator).dropFirst("un ".count)) : fraction(numerator, denominator)
        return cardinal(whole) + " y " + part
    }

    /// "5.50" dólares → "cinco dólares con cincuenta centavos"; "0.50" → "cincuenta centavos".
    public static func money(dollars: Int, cents: Int) -> String {
        let dollarWords = dollars == 0 && cents > 0 ? nil : apocopated(cardinal(dollars)) + (dollars == 1 ? " dólar" : " dólares")
        let centWords = cents == 0 ? nil : apocopated(cardinal(cents)) + (cents == 1 ? " centavo" : " centavos")
        return [dollarWords, centWords].compactMap { $0 }.joined(separator: " con ")
    }

    /// 8:30 → "ocho y treinta", 8:00 → "ocho en punto", 1:05 → "una y cinco" (hours are feminine:
    /// "la una").
    public static func time(hour: Int, minute: Int) -> String {
        let hourWords = hour == 1 || hour == 21 ? (hour == 1 ? "una" : "veintiuna") : cardinal(hour)
        if minute == 0 { return hourWords + " en punto" }
        return hourWords + " y " + cardinal(minute)
    }

    /// The words of Spanish cardinals, to find a number's words in spoken text.
    static let numberWords: Set<String> = Set(units + tens + hundreds + ["cien", "mil", "millón", "millones", "y", "un", "una",
                                                                          "veintiún", "veintiuna"]).subtracting([""])

    /// Numbers said before a noun agree with it: "uno tableta" → "una tableta", "uno día" → "un
    /// día", "doscientos calorías" → "doscientas calorías", "uno o dos tabletas" → "una o dos
    /// tabletas", "un medio tableta" → "media tableta", "dos y medio cucharaditas" → "dos y
    /// media cucharaditas"; and the first of a month is "primero" ("uno de mayo" → "primero de
    /// mayo"). A noun is feminine when `feminine` lists it, or it ends in -a (less `masculine`),
    /// -ción, -sión, -dad, -tad, -tud or -umbre. Decimal digits ("punto uno dos") and a number
    /// before a lone letter ("A1C") are left as they are.
    public static func agreeing(_ text: String, feminine: Set<String>, masculine: Set<String>, months: Set<String>) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func bare(_ word: String) -> String { word.lowercased().trimmed(.punctuation) }
        func isNumberWord(_ word: String) -> Bool { numberWords.contains(word) && word != "y" }
        func isFeminine(_ noun: String) -> Bool {
            if feminine.contains(noun) { return true }
            if masculine.contains(noun) { return false }
            let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
            return ["ción", "sión", "dad", "tad", "tud", "umbre", "ciones", "siones", "dades"].contains { noun.hasSuffix($0) }
                || singular.hasSuffix("a") && !masculine.contains(singular)
        }
        var dropped: Set<Int> = []
        var index = 0
        while index < words.count {
            guard isNumberWord(bare(words[index])) || bare(words[index]) == "medio" else { index += 1; continue }
            // The run of number words (and the connectors between numbers: "uno o dos", "uno a dos").
            var end = index
            var run: [Int] = []
            while end < words.count {
                let word = bare(words[end])
                if isNumberWord(word) || word == "medio" || word == "y" && end + 1 < words.count
                    && (isNumberWord(bare(words[end + 1])) || bare(words[end + 1]) == "medio") {
                    run.append(end)
                    end += 1
                } else if ["o", "a"].contains(word), end + 1 < words.count, isNumberWord(bare(words[end + 1])) {
                    end += 1
                } else {
                    break
                }
                if words[end - 1].last.map({ ",.;:".contains($0) }) == true { break }
            }
            defer { index = max(end, index + 1) }
            // Digits after a decimal point are digits.
            if index > 0, bare(words[index - 1]) == "punto" { continue }
            guard end < words.count, !run.isEmpty else { continue }
            let next = bare(words[end])
            let ofMonth = end + 1 < words.count && (months.contains(bare(words[end + 1]))
                || bare(words[end + 1]) == "cada" && end + 2 < words.count && bare(words[end + 2]) == "mes")
            if next == "de", ofMonth, run.count == 1, bare(words[index]) == "uno" {
                words[index] = "primero"
                continue
            }
            guard next.count > 1, next.first?.isLetter == true, !["de", "por", "cada", "en", "punto", "y", "o", "a", "al", "del", "el", "la"].contains(next) else { continue }
            let female = isFeminine(next)
            for position in run {
                let word = words[position]
                // "millón" is itself a masculine noun: "doscientos un millones", "un millón
                // doscientas mil personas".
                let female = female && !run.contains { $0 > position && bare(words[$0]).hasPrefix("mill") }
                let changed: String = switch bare(word) {
                case "uno", "un", "una": female ? "una" : "un"
                case "veintiuno", "veintiún", "veintiuna": female ? "veintiuna" : "veintiún"
                case "medio" where position > index && bare(words[position - 1]) == "y": female ? "media" : "medio"
                case "medio": female ? "media" : "medio"
                case let hundreds where hundreds.hasSuffix("ientos") || hundreds == "quinientos":
                    female ? String(hundreds.dropLast(2)) + "as" : hundreds
                default: bare(word)
                }
                if changed != bare(word) { words[position] = word.replacingOccurrences(of: bare(word), with: changed) }
            }
            // Whole millions count a noun with "de": "un millón de personas".
            if let last = run.last, ["millón", "millones"].contains(bare(words[last])), words[last].last?.isLetter == true {
                words[last] += " de"
            }
            // "un medio" before a noun is "media" or "medio" alone.
            if let first = run.first, bare(words[first]) == "un" || bare(words[first]) == "una",
               run.count >= 2, ["media", "medio"].contains(bare(words[run[1]])) {
                dropped.insert(first)
            }
        }
        return words.indices.filter { !dropped.contains($0) }.map { words[$0] }.joined(separator: " ")
    }
}
