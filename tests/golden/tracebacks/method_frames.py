# Frames inside methods and __init__.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

    def pay(self, bill):
        self.withdraw(bill)


acct = Account("ada", 50)
acct.pay(20)
print("balance", acct.balance)
acct.pay(40)
