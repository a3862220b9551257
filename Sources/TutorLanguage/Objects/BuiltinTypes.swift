/// The builtin classes. They are created once per process and shared by every
/// interpreter thread; their methods are installed by `BuiltinMethods.install()`.
public enum BuiltinTypes {
    public static let object: PyType = {
        let root = PyType(rootNamed: "object")
        root.type = PyType(metatypeNamed: "type", base: root)
        return root
    }()
    public static let type: PyType = object.type

    public static let int = PyType.builtin("int", base: object)
    public static let bool = PyType.builtin("bool", base: int)
    public static let float = PyType.builtin("float", base: object)
    public static let complex = PyType.builtin("complex", base: object)
    public static let str = PyType.builtin("str", base: object)
    public static let bytes = PyType.builtin("bytes", base: object)
    public static let list = PyType.builtin("list", base: object)
    public static let tuple = PyType.builtin("tuple", base: object)
    public static let dict = PyType.builtin("dict", base: object)
    public static let set = PyType.builtin("set", base: object)
    public static let frozenset = PyType.builtin("frozenset", base: object)
    public static let range = PyType.builtin("range", base: object)
    public static let slice = PyType.builtin("slice", base: object)
    public static let noneType = PyType.builtin("NoneType", base: object)
    public static let notImplementedType = PyType.builtin("NotImplementedType", base: object)
    public static let ellipsisType = PyType.builtin("ellipsis", base: object)
    public static let function = PyType.builtin("function", base: object)
    public static let builtinFunction = PyType.builtin("builtin_function_or_method", base: object)
    public static let methodDescriptor = PyType.builtin("method_descriptor", base: object)
    public static let method = PyType.builtin("method", base: object)
    public static let generator = PyType.builtin("generator", base: object)
    public static let coroutine = PyType.builtin("coroutine", base: object)
    public static let asyncGenerator = PyType.builtin("async_generator", base: object)
    public static let module = PyType.builtin("module", base: object)
    public static let cell = PyType.builtin("cell", base: object)
    public static let code = PyType.builtin("code", base: object)
    public static let property = PyType.builtin("property", base: object, layout: .object, subclassable: true)
    public static let staticmethod = PyType.builtin("staticmethod", base: object)
    public static let classmethod = PyType.builtin("classmethod", base: object)
    public static let superType = PyType.builtin("super", base: object)
    public static let iterator = PyType.builtin("iterator", base: object)
    public static let listIterator = PyType.builtin("list_iterator", base: object)
    public static let tupleIterator = PyType.builtin("tuple_iterator", base: object)
    public static let rangeIterator = PyType.builtin("range_iterator", base: object)
    public static let strIterator = PyType.builtin("str_ascii_iterator", base: object)
    public static let dictKeyIterator = PyType.builtin("dict_keyiterator", base: object)
    public static let dictValueIterator = PyType.builtin("dict_valueiterator", base: object)
    public static let dictItemIterator = PyType.builtin("dict_itemiterator", base: object)
    public static let setIterator = PyType.builtin("set_iterator", base: object)
    public static let callableIterator = PyType.builtin("callable_iterator", base: object)
    public static let dictKeys = PyType.builtin("dict_keys", base: object)
    public static let dictValues = PyType.builtin("dict_values", base: object)
    public static let dictItems = PyType.builtin("dict_items", base: object)
    public static let enumerate = PyType.builtin("enumerate", base: object)
    public static let zip = PyType.builtin("zip", base: object)
    public static let map = PyType.builtin("map", base: object)
    public static let filter = PyType.builtin("filter", base: object)
    public static let reversed = PyType.builtin("reversed", base: object)
    public static let traceback = PyType.builtin("traceback", base: object)
    public static let frame = PyType.builtin("frame", base: object)

    // The exception hierarchy, as in CPython 3.11.
    static func exc(_ name: String, _ base: PyType) -> PyType {
        PyType.builtin(name, base: base, layout: .exception, subclassable: true)
    }
    public static let baseException = exc("BaseException", object)
    public static let generatorExit = exc("GeneratorExit", baseException)
    public static let keyboardInterrupt = exc("KeyboardInterrupt", baseException)
    public static let systemExit = exc("SystemExit", baseException)
    public static let exception = exc("Exception", baseException)
    public static let arithmeticError = exc("ArithmeticError", exception)
    public static let floatingPointError = exc("FloatingPointError", arithmeticError)
    public static let overflowError = exc("OverflowError", arithmeticError)
    public static let zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
    public static let assertionError = exc("AssertionError", exception)
    public static let attributeError = exc("AttributeError", exception)
    public static let bufferError = exc("BufferError", exception)
    public static let eofError = exc("EOFError", exception)
    public static let importError = exc("ImportError", exception)
    public static let moduleNotFoundError = exc("ModuleNotFoundError", importError)
    public static let lookupError = exc("LookupError", exception)
    public static let indexError = exc("IndexError", lookupError)
    public static let keyError = exc("KeyError", lookupError)
    public static let memoryError = exc("MemoryError", exception)
    public static let nameError = exc("NameError", exception)
    public static let unboundLocalError = exc("UnboundLocalError", nameError)
    public static let osError = exc("OSError", exception)
    public static let blockingIOError = exc("BlockingIOError", osError)
    public static let childProcessError = exc("ChildProcessError", osError)
    public static let connectionError = exc("ConnectionError", osError)
    public static let brokenPipeError = exc("BrokenPipeError", connectionError)
    public static let fileExistsError = exc("FileExistsError", osError)
    public static let fileNotFoundError = exc("FileNotFoundError", osError)
    public static let interruptedError = exc("InterruptedError", osError)
    public static let permissionError = exc("PermissionError", osError)
    public static let processLookupError = exc("ProcessLookupError", osError)
    public static let timeoutError = exc("TimeoutError", osError)
    public static let referenceError = exc("ReferenceError", exception)
    public static let runtimeError = exc("RuntimeError", exception)
    public static let notImplementedError = exc("NotImplementedError", runtimeError)
    public static let recursionError = exc("RecursionError", runtimeError)
    public static let stopAsyncIteration = exc("StopAsyncIteration", exception)
    public static let stopIteration = exc("StopIteration", exception)
    public static let syntaxError = exc("SyntaxError", exception)
    public static let indentationError = exc("IndentationError", syntaxError)
    public static let tabError = exc("TabError", indentationError)
    public static let systemError = exc("SystemError", exception)
    public static let typeError = exc("TypeError", exception)
    public static let valueError = exc("ValueError", exception)
    public static let unicodeError = exc("UnicodeError", valueError)
    public static let unicodeEncodeError = exc("UnicodeEncodeError", unicodeError)
    public static let unicodeDecodeError = exc("UnicodeDecodeError", unicodeError)
    public static let warning = exc("Warning", exception)
    public static let deprecationWarning = exc("DeprecationWarning", warning)
    public static let runtimeWarning = exc("RuntimeWarning", warning)
    public static let userWarning = exc("UserWarning", warning)
    public static let resourceWarning = exc("ResourceWarning", warning)

    /// Every exception class exposed as a builtin name.
    public static var exceptionTypes: [PyType] {
        [baseException, generatorExit, keyboardInterrupt, systemExit, exception, arithmeticError,
         floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError, bufferError,
         eofError, importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError,
         nameError, unboundLocalError, osError, blockingIOError, childProcessError, connectionError,
         brokenPipeError, fileExistsError, fileNotFoundError, interruptedError, permissionError,
         processLookupError, timeoutError, referenceError, runtimeError, notImplementedError,
         recursionError, stopAsyncIteration, stopIteration, syntaxError, indentationError, tabError,
         systemError, typeError, valueError, unicodeError, unicodeEncodeError, unicodeDecodeError, warning, deprecationWarning, runtimeWarning,
         userWarning, resourceWarning]
    }
}

/// Singleton objects that are not None.
public enum Singletons {
    public static let notImplemented = PyObject(type: BuiltinTypes.notImplementedType)
    public static let ellipsis = PyObject(type: BuiltinTypes.ellipsisType)
}
