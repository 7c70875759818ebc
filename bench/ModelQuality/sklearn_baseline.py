"""scikit-learn side of bench/ModelQuality: same file, same features (duration dropped), same seed-42 test rows."""
import sys, time
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

csv, rows = sys.argv[1], sys.argv[2]
df = pd.read_csv(csv, sep=";").drop(columns=["duration"])
y = (df.pop("y") == "yes").astype(int).to_numpy()
test = np.zeros(len(df), dtype=bool)
test[[int(line) for line in open(rows) if line.strip()]] = True
cats = [c for c in df.columns if df[c].dtype == object]
nums = [c for c in df.columns if c not in cats]
X = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cats), ("num", "passthrough", nums)], sparse_threshold=0).fit(df[~test])
Xtr, Xte = X.transform(df[~test]), X.transform(df[test])
for name, model in [("HistGradientBoosting", HistGradientBoostingClassifier(random_state=42)),
                    ("LogisticRegression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)))]:
    t = time.perf_counter(); model.fit(Xtr, y[~test]); fit = time.perf_counter() - t
    print(f"sklearn\t{name}\t{roc_auc_score(y[test], model.predict_proba(Xte)[:, 1]):.4f}\t{fit:.2f}")
