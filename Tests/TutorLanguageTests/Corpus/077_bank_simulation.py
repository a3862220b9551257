# Integration: classes, exceptions, properties and formatting in a small simulation.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate)
        return self.deposit(interest)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer {src.owner}->{dst.owner} failed: {e}")
        return False
    else:
        dst.deposit(amount)
        print(f"transfer {src.owner}->{dst.owner} of {amount} ok")
        return True
    finally:
        print("  balances:", src.balance, dst.balance)
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.1)
carol = Account("carol")
transfer(alice, bob, 30)
transfer(carol, alice, 5)
transfer(bob, carol, 50)
transfer(bob, carol, 80)
bob.add_interest()
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
accounts = [alice, bob, carol]
print(sorted(accounts))
print(max(accounts), min(accounts))
for acct in accounts:
    print(f"{acct.owner:<6}|{acct.balance:>6}|{len(acct.history):>3} ops| {acct.history}")
total = sum(a.balance for a in accounts)
print(f"total: {total:,} average: {total / len(accounts):.2f}")
report = {a.owner: [kind for kind, _ in a.history] for a in accounts}
print(report)
