"""scikit-learn side of bench/Serving: one record at a time, one thread, warm; same data and features as ours."""
import json, sys, time
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

csv = sys.argv[1]
df = pd.read_csv(csv, sep=";").drop(columns=["duration"])
y = (df.pop("y") == "yes").astype(int).to_numpy()
cats = [c for c in df.columns if df[c].dtype == object]
nums = [c for c in df.columns if c not in cats]
pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cats), ("num", "passthrough", nums)], sparse_threshold=0)
model = make_pipeline(pre, HistGradientBoostingClassifier(random_state=42)).fit(df, y)
records = [json.dumps(r) for r in df.head(2000).to_dict(orient="records")]
encoded = pre.transform(df.head(2000))
clf = model[-1]

def rate(fn, n):
    for i in range(50):
        fn(i)
    t = time.perf_counter()
    for i in range(n):
        fn(i)
    return n / (time.perf_counter() - t)

print(f"sklearn\traw JSON record -> pipeline.predict_proba (one DataFrame row)\t{rate(lambda i: model.predict_proba(pd.DataFrame([json.loads(records[i % 2000])]))[0, 1], 500):.0f}")
print(f"sklearn\tpre-encoded row -> HistGradientBoosting.predict_proba\t{rate(lambda i: clf.predict_proba(encoded[i % 2000:i % 2000 + 1])[0, 1], 3000):.0f}")
