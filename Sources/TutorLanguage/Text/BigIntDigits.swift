import BigInt

// Radix conversion of big magnitudes on raw word arrays. BigInt's own conversion
// allocates a BigUInt per step, which makes a 10,000-digit str() take hundreds of
// milliseconds in debug builds; these loops stay in one buffer.

/// Digits of `magnitude` in `radix` (2...36), lowercase unless `uppercase`.
func bigMagnitudeDigits(_ magnitude: BigUInt, radix: Int, uppercase: Bool = false) -> String {
    // Power-of-two radixes are linear in BigInt already.
    if radix & (radix - 1) == 0 || magnitude.words.count <= 1 {
        return String(magnitude, radix: radix, uppercase: uppercase)
    }
    let (chunkDigits, divisor) = largestPowerFittingWord(radix)
    var words = Array(magnitude.words)
    var chunks: [UInt] = []
    chunks.reserveCapacity(words.count * UInt.bitWidth / chunkDigits / 3 + 2)
    words.withUnsafeMutableBufferPointer { buffer in
        var top = buffer.count
        while top > 0 {
            var remainder: UInt = 0
            var index = top - 1
            while index >= 0 {
                let (quotient, rest) = divisor.dividingFullWidth((high: remainder, low: buffer[index]))
                buffer[index] = quotient
                remainder = rest
                index -= 1
            }
            chunks.append(remainder)
            while top > 0 && buffer[top - 1] == 0 { top -= 1 }
        }
    }
    let alphabet = Array((uppercase ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz").utf8)
    var out = Array(String(chunks.removeLast(), radix: radix, uppercase: uppercase).utf8)
    out.reserveCapacity(out.count + chunks.count * chunkDigits)
    var chunk = [UInt8](repeating: 0, count: chunkDigits)
    for var value in chunks.reversed() {
        for position in stride(from: chunkDigits - 1, through: 0, by: -1) {
            chunk[position] = alphabet[Int(value % UInt(radix))]
            value /= UInt(radix)
        }
        out.append(contentsOf: chunk)
    }
    return String(decoding: out, as: UTF8.self)
}

/// The magnitude whose digits (values < radix, most significant first) are given.
func bigMagnitude(fromDigitValues values: ArraySlice<UInt8>, radix: Int) -> BigUInt {
    let (chunkDigits, _) = largestPowerFittingWord(radix)
    // Each chunk adds at most one word.
    var words = [UInt](repeating: 0, count: values.count / chunkDigits + 2)
    var used = 0
    words.withUnsafeMutableBufferPointer { buffer in
        var index = values.startIndex
        while index < values.endIndex {
            let length = min(chunkDigits, values.endIndex - index)
            var chunk: UInt = 0
            var power: UInt = 1
            for offset in 0..<length {
                chunk = chunk * UInt(radix) + UInt(values[index + offset])
                power *= UInt(radix)
            }
            var carry = chunk
            for wordIndex in 0..<used {
                let (high, low) = buffer[wordIndex].multipliedFullWidth(by: power)
                let (sum, overflow) = low.addingReportingOverflow(carry)
                buffer[wordIndex] = sum
                carry = high &+ (overflow ? 1 : 0)
            }
            if carry != 0 {
                buffer[used] = carry
                used += 1
            }
            index += length
        }
    }
    words.removeLast(words.count - used)
    return BigUInt(words: words)
}

/// (k, radix^k) for the largest k with radix^k representable in a word.
private func largestPowerFittingWord(_ radix: Int) -> (Int, UInt) {
    var count = 1
    var power = UInt(radix)
    while true {
        let (next, overflow) = power.multipliedReportingOverflow(by: UInt(radix))
        if overflow { return (count, power) }
        power = next
        count += 1
    }
}
