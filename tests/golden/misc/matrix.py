# Matrix multiplication with nested lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
I = [[1 if i == j else 0 for j in range(2)] for i in range(2)]
print(matmul(A, I) == A)
M = A
for _ in range(5):
    M = matmul(M, A)
print(M)
for row in matmul([[1, 2, 3]], [[1], [2], [3]]):
    print(" ".join(f"{v:3}" for v in row))
