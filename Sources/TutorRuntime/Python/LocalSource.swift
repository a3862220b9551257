/// `_thread._local` (`threading.local`), in Python: attribute access on the
/// object is redirected to the calling thread's namespace, which the Swift side of
/// `_thread` keeps per thread (`_local_namespace`).
enum LocalSource {
    static let filename = "<_thread>"

    static let text = #"""
class _local:
    """Thread-local data: every thread sees its own attributes of the object."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kwargs))
        # The creating thread's namespace; __init__ fills it as usual.
        _local_namespace(self)
        return self

    def __getattr__(self, name):
        if not name.startswith('_local__'):
            namespace = _local_dict(self)
            if name in namespace:
                return namespace[name]
            if name == '__dict__':
                return namespace
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(self), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        namespace = _local_dict(self)
        if name not in namespace:
            raise AttributeError(name)
        del namespace[name]

def _local_type_name(obj):
    cls = type(obj)
    return "_thread._local" if cls is _local else cls.__name__

def _local_dict(obj):
    # A thread touching the object for the first time gets a fresh namespace,
    # initialised by running __init__ again with the constructor's arguments.
    namespace, created = _local_namespace(obj)
    if created:
        args, kwargs = obj._local__args
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return namespace
"""#
}
