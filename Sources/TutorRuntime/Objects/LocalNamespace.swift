import TutorLanguage

/// One thread's attributes of one `threading.local` object.
final class LocalNamespace {
    /// Weak, so the entry of a freed local object is recognised (and replaced) even
    /// if a new object reuses its address.
    weak var owner: PyObject?
    let dict = PyDict()

    init(owner: PyObject) { self.owner = owner }
}

extension ThreadRecord {
    /// The calling thread's namespace for `local`, and whether it was just created
    /// (then `threading.local` runs `__init__` again in this thread). GIL held.
    func localNamespace(for local: PyObject) -> (dict: PyDict, created: Bool) {
        let key = ObjectIdentifier(local)
        if let entry = localNamespaces[key], entry.owner === local { return (entry.dict, false) }
        localNamespaces = localNamespaces.filter { $0.value.owner != nil }
        let entry = LocalNamespace(owner: local)
        localNamespaces[key] = entry
        return (entry.dict, true)
    }
}
