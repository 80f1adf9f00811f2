"""kpu-desktop: election-support records for KPU secretariats."""

__version__ = "0.1.0"
