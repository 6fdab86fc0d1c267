# Equality between different types never raises.
print(1 == 1.0, True == 1, False == 0, 1 == "1", None == 0, None == False)
print([1] == (1,), "a" == ["a"], {1: 2} == {1: 2.0}, {1, 2} == {2.0, 1})
print(0 == -0.0, 1 != "1", [] != (), (1, 2) == (1.0, 2.0))
