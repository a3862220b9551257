/// The Python half of `multiprocessing`, shown in tracebacks as CPython 3.11's
/// `multiprocessing/process.py` (`#@line` puts `run`'s target call on line 108 and
/// `_bootstrap`'s `self.run()` on line 314, as there). Pool, pipes and the
/// serializer live in `MultiprocessingPoolSource`, appended after it.
enum MultiprocessingSource {
    static let filename = "/usr/lib/python3.11/multiprocessing/process.py"
    static let text = processPart + "\n" + MultiprocessingPoolSource.text
    static let processPart = #"""
import sys

class ProcessError(Exception):
    pass

class BufferTooShort(ProcessError):
    pass

class TimeoutError(ProcessError):
    pass

class AuthenticationError(ProcessError):
    pass

_children = []

def _cleanup():
    for p in list(_children):
        if p._exitcode is None and p._pid is not None:
            code = _waitpid(p._pid, 0)
            if code is not None:
                p._exitcode = code
        if p._exitcode is not None and p in _children:
            _children.remove(p)

def active_children():
    _cleanup()
    return list(_children)

def current_process():
    return _current_process

def parent_process():
    return _parent_process

def cpu_count():
    return _cpu_count()

def _exit_function():
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()

class BaseProcess(object):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        cp = _current_process
        cp._counter += 1
        self._identity = cp._identity + (cp._counter,)
        self._parent_pid = _getpid()
        self._parent_name = cp.name
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemon = cp.daemon if daemon is None else bool(daemon)
        self._counter = 0

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
#@line 108
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == _getpid(), \
               'can only start a process object created by current process'
        assert not _current_process.daemon, \
               'daemonic processes are not allowed to have children'
        _cleanup()
        self._pid = _fork(self._bootstrap)
        _children.append(self)

    def terminate(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _kill(self._pid, 15)

    def kill(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _kill(self._pid, 9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if self._exitcode is None:
            code = _waitpid(self._pid, timeout)
            if code is not None:
                self._exitcode = code
        if self._exitcode is not None and self in _children:
            _children.remove(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == _getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        if self._exitcode is None:
            code = _waitpid(self._pid, 0)
            if code is not None:
                self._exitcode = code
        if self._exitcode is None:
            return True
        if self in _children:
            _children.remove(self)
        return False

    def close(self):
        if self._pid is not None and self._exitcode is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemon = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        if self._exitcode is None:
            code = _waitpid(self._pid, 0)
            if code is not None:
                self._exitcode = code
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return _getpid()
        return self._pid

    pid = ident

    def __repr__(self):
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._pid is None:
            status = 'initial'
        else:
            code = self.exitcode
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if self._exitcode is not None:
            info.append('exitcode=%s' % self._exitcode)
        if self._daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

#@line 300
    def _bootstrap(self):
        global _current_process, _parent_process, _children
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        _children = []
        self._counter = 0
        exitcode = 1
        try:
            try:
                try:
                    pass
                finally:
                    pass
#@line 314
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(_format_exception(e))
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        return exitcode

class Process(BaseProcess):
    pass

class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._parent_name = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = None
        self._daemon = False
        self._counter = 0

    @property
    def ident(self):
        return _getpid()

    pid = ident

class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._closed = False
        self._target = None
        self._daemon = False
        self._counter = 0

    def is_alive(self):
        return True

    def join(self, timeout=None):
        pass

_current_process = _MainProcess()
_parent_process = None

def _after_fork_threading(threading):
    # Only the forking thread survived: forget the others, and give threading a
    # fresh registry lock (a vanished thread may have held the old one).
    threading._active_limbo_lock = threading.RLock()
    me = threading._active.get(threading.get_ident())
    threading._active.clear()
    threading._limbo.clear()
    if me is not None:
        threading._active[threading.get_ident()] = me
"""#
}
