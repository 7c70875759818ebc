namespace MlOps.Jsonata.Benchmarks;

/// <summary>The expressions measured: typical Step Functions / reporting queries.</summary>
internal static class Workload
{
    public static readonly (string Name, string Expr)[] Expressions =
    [
        ("path+filter", "orders[status = 'shipped'].customer.name"),
        ("aggregate", "$sum(orders.items.(price * quantity))"),
        ("group-by", "orders.items{sku: $sum(quantity)}"),
        ("sort+map", "$map((orders^(>total))[[0..19]], function($o){ {'id': $o.id, 'total': $o.total} })"),
        ("object-construct", "orders[total > 500].{'id': id, 'who': customer.name & ' <' & customer.email & '>', 'n': $count(items)}"),
        ("string-funcs", "$count(orders.customer[$contains(email, /example\\.org$/)].$uppercase(name))"),
    ];
}
