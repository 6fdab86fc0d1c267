# errno's numbers and names (Linux), how OSError uses them, and keyword's lists.
import errno
import keyword

print(errno.ENOENT, errno.EEXIST, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EAGAIN,
      errno.EWOULDBLOCK, errno.EPIPE, errno.ECONNRESET, errno.EINVAL)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], len(errno.errorcode))
e = OSError(errno.ENOENT, 'No such file or directory', 'data.txt')
print(type(e).__name__, e.errno == errno.ENOENT, e)
for code in [errno.ECONNREFUSED, errno.ECONNRESET, errno.EPIPE, errno.ETIMEDOUT, errno.EEXIST,
             errno.EACCES, errno.EAGAIN, errno.ECHILD, errno.EINTR, errno.ESRCH, errno.EISDIR,
             errno.ENOTDIR, errno.ECONNABORTED, errno.EPERM, errno.EINVAL]:
    print(errno.errorcode[code], type(OSError(code, 'x')).__name__)
print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ['async', 'await', 'match', 'case', '_', 'print', 'None', 'type']
       if keyword.iskeyword(w)], keyword.issoftkeyword('match'), keyword.iskeyword('match'))
