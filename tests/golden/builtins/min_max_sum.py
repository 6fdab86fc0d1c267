# min, max and sum in all their forms.
nums = [4, -2, 7, 0]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "pear", "fig"))
print(max(nums, key=abs), min(["aaa", "b", "cc"], key=len), max([], default="empty"))
print(min((), default=None), max([[1, 2], [3]], key=len), max(1, 2.5), min(-0.0, 0))
print(sum(nums), sum([], 10), sum([0.1, 0.2, 0.3]), sum(range(5), start=100), sum([[1], [2]], []))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), sum([True, True, False]))
print(max([2, 2.0]), min([1.0, 1]), max("b", "ab", key=len))
