# @property with a setter and validation.
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        print("reading balance")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @property
    def rich(self):
        return self._balance > 1000

acct = Account(100)
print(acct.balance)
acct.balance = 5000
print(acct.balance, acct.rich)
try:
    acct.balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    acct.rich = False
except AttributeError as e:
    print("AttributeError:", e)
