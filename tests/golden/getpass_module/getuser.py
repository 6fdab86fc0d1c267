# getpass.getuser reads the environment: LOGNAME first, then USER, LNAME, USERNAME
import getpass
import os

print(type(getpass.getuser()).__name__)
os.environ["LOGNAME"] = "ada"
os.environ["USER"] = "bob"
print(getpass.getuser())
os.environ["LOGNAME"] = ""
print(getpass.getuser())
del os.environ["LOGNAME"]
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.GetPassWarning.__mro__[1].__name__)
print(callable(getpass.getpass), sorted(getpass.__all__))
