// A compact, test-only text form of the syntax tree, close to CPython's `ast.dump`, so that
// tests can state expected trees in one line. Locations are printed as `@line:col-endLine:endCol`
// when requested.

import TutorSyntax

enum ASTDumper {
    static func dump(_ module: Module, locations: Bool = false) -> String {
        var printer = Printer(locations: locations)
        return module.body.map { printer.statement($0) }.joined(separator: "\n")
    }

    static func dump(_ statement: Stmt, locations: Bool = false) -> String {
        var printer = Printer(locations: locations)
        return printer.statement(statement)
    }

    static func dump(_ expression: Expr, locations: Bool = false) -> String {
        var printer = Printer(locations: locations)
        return printer.expression(expression)
    }

    private struct Printer {
        let locations: Bool

        func node(_ name: String, _ location: SourceLocation?, _ fields: [String]) -> String {
            var text = name
            if locations, let location {
                text += "@\(location.line):\(location.column)-\(location.endLine):\(location.endColumn)"
            }
            return text + "(" + fields.joined(separator: ", ") + ")"
        }

        func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

        func quoted(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\t": result += "\\t"
                case "\r": result += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                            + String(scalar.value, radix: 16)
                    } else {
                        result.unicodeScalars.append(scalar)
                    }
                }
            }
            return result + "\""
        }

        func optional(_ text: String?) -> String { text ?? "None" }

        mutating func statements(_ body: [Stmt]) -> String { list(body.map { statement($0) }) }

        mutating func expressions(_ values: [Expr]) -> String { list(values.map { expression($0) }) }

        mutating func optionalExpression(_ value: Expr?) -> String { value.map { expression($0) } ?? "None" }

        mutating func statement(_ statement: Stmt) -> String {
            let at = statement.location
            switch statement.kind {
            case .expression(let value):
                return node("Expr", at, [expression(value)])
            case .assign(let targets, let value):
                return node("Assign", at, [expressions(targets), expression(value)])
            case .augAssign(let target, let op, let value):
                return node("AugAssign", at, [expression(target), op.rawValue, expression(value)])
            case .annAssign(let target, let annotation, let value, let simple):
                return node("AnnAssign", at, [expression(target), expression(annotation), optionalExpression(value),
                                              simple ? "1" : "0"])
            case .ifStmt(let test, let body, let orElse):
                return node("If", at, [expression(test), statements(body), statements(orElse)])
            case .whileStmt(let test, let body, let orElse):
                return node("While", at, [expression(test), statements(body), statements(orElse)])
            case .forStmt(let target, let iter, let body, let orElse, let isAsync):
                return node(isAsync ? "AsyncFor" : "For", at,
                            [expression(target), expression(iter), statements(body), statements(orElse)])
            case .functionDef(let definition):
                return node(definition.isAsync ? "AsyncFunctionDef" : "FunctionDef", at,
                            [definition.name, arguments(definition.arguments), statements(definition.body),
                             expressions(definition.decorators), optionalExpression(definition.returns)])
            case .classDef(let definition):
                return node("ClassDef", at, [definition.name, expressions(definition.bases),
                                             list(definition.keywords.map { keyword($0) }),
                                             statements(definition.body), expressions(definition.decorators)])
            case .returnStmt(let value):
                return node("Return", at, [optionalExpression(value)])
            case .delete(let targets):
                return node("Delete", at, [expressions(targets)])
            case .pass:
                return node("Pass", at, [])
            case .breakStmt:
                return node("Break", at, [])
            case .continueStmt:
                return node("Continue", at, [])
            case .global(let names):
                return node("Global", at, [list(names)])
            case .nonlocal(let names):
                return node("Nonlocal", at, [list(names)])
            case .tryStmt(let body, let handlers, let orElse, let finalBody):
                let handlerText = handlers.map { handler -> String in
                    node("ExceptHandler", handler.location,
                         [optionalExpression(handler.type), optional(handler.name), statements(handler.body)])
                }
                return node("Try", at, [statements(body), list(handlerText), statements(orElse), statements(finalBody)])
            case .raise(let exception, let cause):
                return node("Raise", at, [optionalExpression(exception), optionalExpression(cause)])
            case .assert(let test, let message):
                return node("Assert", at, [expression(test), optionalExpression(message)])
            case .with(let items, let body, let isAsync):
                let itemText = items.map { item -> String in
                    node("withitem", nil, [expression(item.context), optionalExpression(item.target)])
                }
                return node(isAsync ? "AsyncWith" : "With", at, [list(itemText), statements(body)])
            case .importModules(let aliases):
                return node("Import", at, [list(aliases.map { alias($0) })])
            case .importFrom(let module, let names, let level):
                return node("ImportFrom", at, [optional(module), list(names.map { alias($0) }), String(level)])
            }
        }

        func alias(_ alias: ImportAlias) -> String {
            node("alias", alias.location, [alias.name, optional(alias.asName)])
        }

        mutating func keyword(_ keyword: Keyword) -> String {
            node("keyword", keyword.location, [optional(keyword.name), expression(keyword.value)])
        }

        mutating func parameter(_ parameter: Parameter) -> String {
            node("arg", parameter.location, [parameter.name, optionalExpression(parameter.annotation)])
        }

        mutating func arguments(_ arguments: Arguments) -> String {
            node("arguments", nil, [
                list(arguments.positionalOnly.map { parameter($0) }),
                list(arguments.positional.map { parameter($0) }),
                arguments.varArgs.map { parameter($0) } ?? "None",
                list(arguments.keywordOnly.map { parameter($0) }),
                list(arguments.keywordDefaults.map { optionalExpression($0) }),
                arguments.varKeywords.map { parameter($0) } ?? "None",
                expressions(arguments.defaults),
            ])
        }

        func constant(_ constant: Constant) -> String {
            switch constant {
            case .none: return "None"
            case .bool(let value): return value ? "True" : "False"
            case .int(let value): return String(value)
            case .bigInt(let digits): return digits
            case .float(let value): return Printer.pythonFloat(value)
            case .imaginary(let value): return Printer.pythonFloat(value) + "j"
            case .string(let text): return quoted(text)
            case .bytes(let bytes): return "b" + list(bytes.map { String($0) })
            case .ellipsis: return "Ellipsis"
            }
        }

        /// Python's `repr` of a float, for the forms tests use.
        static func pythonFloat(_ value: Double) -> String {
            if value.isInfinite { return value > 0 ? "inf" : "-inf" }
            return "\(value)"
        }

        mutating func fStringParts(_ parts: [FStringPart]) -> String {
            list(parts.map { part -> String in
                switch part {
                case .literal(let text):
                    return quoted(text)
                case .formatted(let value, let conversion, let spec):
                    return node("Formatted", nil, [expression(value), conversion.map { String($0) } ?? "None",
                                                   spec.map { fStringParts($0) } ?? "None"])
                }
            })
        }

        mutating func comprehensions(_ generators: [Comprehension]) -> String {
            list(generators.map { generator -> String in
                node("comprehension", nil, [expression(generator.target), expression(generator.iter),
                                            expressions(generator.conditions), generator.isAsync ? "1" : "0"])
            })
        }

        mutating func expression(_ expression: Expr) -> String {
            let at = expression.location
            switch expression.kind {
            case .name(let name):
                return node("Name", at, [name])
            case .constant(let value):
                return node("Constant", at, [constant(value)])
            case .joinedString(let parts):
                return node("JoinedStr", at, [fStringParts(parts)])
            case .binary(let left, let op, let right):
                return node("BinOp", at, [self.expression(left), op.rawValue, self.expression(right)])
            case .unary(let op, let operand):
                return node("UnaryOp", at, [op.rawValue, self.expression(operand)])
            case .boolean(let op, let operands):
                return node("BoolOp", at, [op.rawValue, expressions(operands)])
            case .compare(let left, let steps):
                return node("Compare", at, [self.expression(left), list(steps.map { $0.op.rawValue }),
                                            expressions(steps.map(\.right))])
            case .conditional(let test, let body, let orElse):
                return node("IfExp", at, [self.expression(test), self.expression(body), self.expression(orElse)])
            case .lambda(let parameters, let body):
                return node("Lambda", at, [arguments(parameters), self.expression(body)])
            case .call(let function, let positional, let keywords):
                return node("Call", at, [self.expression(function), expressions(positional),
                                         list(keywords.map { keyword($0) })])
            case .attribute(let value, let name):
                return node("Attribute", at, [self.expression(value), name])
            case .subscript(let value, let index):
                return node("Subscript", at, [self.expression(value), self.expression(index)])
            case .slice(let lower, let upper, let step):
                return node("Slice", at, [optionalExpression(lower), optionalExpression(upper), optionalExpression(step)])
            case .starred(let value):
                return node("Starred", at, [self.expression(value)])
            case .list(let elements):
                return node("List", at, [expressions(elements)])
            case .tuple(let elements):
                return node("Tuple", at, [expressions(elements)])
            case .set(let elements):
                return node("Set", at, [expressions(elements)])
            case .dict(let entries):
                return node("Dict", at, [list(entries.map { optionalExpression($0.key) }),
                                         expressions(entries.map(\.value))])
            case .listComprehension(let element, let generators):
                return node("ListComp", at, [self.expression(element), comprehensions(generators)])
            case .setComprehension(let element, let generators):
                return node("SetComp", at, [self.expression(element), comprehensions(generators)])
            case .dictComprehension(let key, let value, let generators):
                return node("DictComp", at, [self.expression(key), self.expression(value), comprehensions(generators)])
            case .generatorExpression(let element, let generators):
                return node("GeneratorExp", at, [self.expression(element), comprehensions(generators)])
            case .await(let value):
                return node("Await", at, [self.expression(value)])
            case .yield(let value):
                return node("Yield", at, [optionalExpression(value)])
            case .yieldFrom(let value):
                return node("YieldFrom", at, [self.expression(value)])
            case .namedExpression(let target, let value):
                return node("NamedExpr", at, [target, self.expression(value)])
            }
        }
    }
}
