# Context() and a task's first getcontext() start from DefaultContext's current values
import decimal
print(decimal.Context())
decimal.DefaultContext.prec = 12
decimal.DefaultContext.rounding = decimal.ROUND_DOWN
decimal.DefaultContext.traps[decimal.Inexact] = True
print(decimal.Context())
print(decimal.getcontext())
decimal.setcontext(decimal.DefaultContext); print(decimal.getcontext() is decimal.DefaultContext, decimal.getcontext())
print(decimal.BasicContext, decimal.ExtendedContext)
