/// `str.format` and `str.format_map`: renders the parts from `parseFormatTemplate` in
/// order, so errors surface exactly where CPython's lazy renderer would raise them.
enum StrFormat {
    enum Arguments {
        case call([Value], KeywordArguments)
        case mapping(Value)
    }

    static func render(_ ts: ThreadState, _ template: String, _ arguments: Arguments) throws -> String {
        var out = ""
        try render(ts, parseFormatTemplate(template), arguments, into: &out)
        return out
    }

    private static func render(_ ts: ThreadState, _ parts: [FormatTemplatePart], _ arguments: Arguments,
                               into out: inout String) throws {
        for part in parts {
            switch part {
            case .literal(let text):
                out += text
            case .failure(let error):
                throw ThreadState.pythonError(error)
            case .field(let field):
                out += try renderField(ts, field, arguments)
            }
            try StrArgs.checkLength(out.utf8.count)
        }
    }

    private static func renderField(_ ts: ThreadState, _ field: FormatReplacementField,
                                    _ arguments: Arguments) throws -> String {
        var value = try lookup(ts, field.name, arguments)
        for accessor in field.accessors {
            switch accessor {
            case .attribute(let name): value = try ts.getAttribute(value, name)
            case .index(let i): value = try ts.getItem(value, .int(i))
            case .key(let k): value = try ts.getItem(value, .str(k))
            }
        }
        if let error = field.accessorError { throw ThreadState.pythonError(error) }
        if let error = field.conversionError { throw ThreadState.pythonError(error) }
        switch field.conversion {
        case nil: break
        case .str?: value = .str(try ts.str(value))
        case .repr?: value = .str(try ts.repr(value))
        case .ascii?: value = .str(asciiEscaped(try ts.repr(value)))
        }
        var spec = field.formatSpec
        if let nested = field.formatSpecParts {
            spec = ""
            try render(ts, nested, arguments, into: &spec)
        }
        return try ts.format(value, spec)
    }

    private static func lookup(_ ts: ThreadState, _ name: FormatFieldName, _ arguments: Arguments) throws -> Value {
        switch (name, arguments) {
        case (.index(let i), .call(let positional, _)):
            guard i >= 0 && i < positional.count else {
                throw PyException.indexError("Replacement index \(i) out of range for positional args tuple")
            }
            return positional[i]
        case (.index, .mapping):
            throw PyException.valueError("Format string contains positional fields")
        case (.keyword(let key), .call(_, let keywords)):
            if let match = keywords.last(where: { $0.name == key }) { return match.value }
            throw PyException.keyError(.str(key))
        case (.keyword(let key), .mapping(let mapping)):
            return try ts.getItem(mapping, .str(key))
        }
    }
}

extension StrMethods {
    static func installFormatMethods(_ t: StrMethodInstaller<PyStr>) {
        t.addVarargs("format") { ts, s, args, kwargs in
            .str(try StrFormat.render(ts, s.value, .call(args, kwargs)))
        }
        t.add("format_map", .one) { ts, s, a in
            .str(try StrFormat.render(ts, s.value, .mapping(a[0])))
        }
    }
}
