# Loads WHO's own z-score code (vendored, unmodified, under vendor/) into two environments,
# `anthro_env` and `anthroplus_env`, with the WHO LMS tables taken from lib/pertumbuhan/data/*.txt
# (the same files WHO ships in data-raw/growthstandards/ of both packages).
#
# Only base R is needed: the vendored files are the z-score part of the packages, which uses
# nothing outside base R (prevalence, which needs `survey`, is not vendored).
#
# What this file adds around WHO's code, none of which changes a number:
# 1. The growth-standard data objects, built as WHO's data-raw scripts build them:
#    anthro data-raw/growthstandards/growthstandards.R (age and sex as integer; the wfl/wfh tables
#    with sex as integer) and anthroplus data-raw/growthstandards/package.R (read.csv, sep = "\t").
#    The triceps/subscapular skinfold tables are not in lib/pertumbuhan/data; they are empty tables
#    of the right shape, so zts/zss are always NA (we never compare them).
# 2. `compute_prevalence_of_zscores` is a placeholder that stops if called, so that api.R can be
#    sourced verbatim (its `anthro_api_compute_prevalence <- compute_prevalence_of_zscores` line).
# 3. anthro's z-score.R (the 1.1.0 code line) passes `z_precision` to every index function; the
#    stored copies of z-score-length-for-age.R, z-score-bmi-for-age.R and
#    z-score-arm-circumference-for-age.R predate that argument (see vendor/README.md). They are
#    wrapped to accept `z_precision = 2L` (and refuse any other value); with 2L, their call to
#    anthro_zscore_adjusted() uses its default z_precision = 2L, i.e. the same computation.
# 4. anthroplus imports anthro's API functions; anthroplus_env has anthro_env as its parent so
#    they resolve to the vendored anthro code.

who_r_dir <- local({
  args <- commandArgs(trailingOnly = FALSE)
  file_arg <- grep("^--file=", args, value = TRUE)
  here <- if (length(file_arg) > 0L) dirname(normalizePath(sub("^--file=", "", file_arg[1L]))) else getwd()
  if (file.exists(file.path(here, "load-who.R"))) here else normalizePath("scripts/who-r")
})

who_data_dir <- normalizePath(file.path(who_r_dir, "..", "..", "lib", "pertumbuhan", "data"))

read_who_table <- function(name) {
  read.delim(file.path(who_data_dir, paste0(name, ".txt")), stringsAsFactors = FALSE)
}

# anthro data-raw/growthstandards/growthstandards.R: make_standard()
make_standard <- function(name) {
  growthstandard <- read_who_table(name)
  growthstandard$age <- as.integer(growthstandard$age)
  growthstandard$sex <- as.integer(growthstandard$sex)
  growthstandard
}

empty_standard <- data.frame(
  sex = integer(), age = integer(), l = numeric(), m = numeric(), s = numeric()
)

anthro_env <- new.env(parent = globalenv())
local(envir = anthro_env, {
  growthstandards_lenanthro <- make_standard("lenanthro")
  growthstandards_weianthro <- make_standard("weianthro")
  growthstandards_bmianthro <- make_standard("bmianthro")
  growthstandards_hcanthro <- make_standard("hcanthro")
  growthstandards_acanthro <- make_standard("acanthro")
  growthstandards_tsanthro <- empty_standard
  growthstandards_ssanthro <- empty_standard
  growthstandards_wflanthro <- read_who_table("wflanthro")
  growthstandards_wflanthro$sex <- as.integer(growthstandards_wflanthro$sex)
  growthstandards_wfhanthro <- read_who_table("wfhanthro")
  growthstandards_wfhanthro$sex <- as.integer(growthstandards_wfhanthro$sex)
  compute_prevalence_of_zscores <- function(...) stop("prevalence is not vendored", call. = FALSE)
})

anthro_files <- c(
  # DESCRIPTION Collate order, z-score part only
  "anthro-package.R", "assertions.R", "utils.R", "z-score-helper.R",
  "z-score-arm-circumference-for-age.R", "z-score-bmi-for-age.R",
  "z-score-head-circumference-for-age.R", "z-score-length-for-age.R",
  "z-score-subscapular-skinfold-for-age.R", "z-score-triceps-skinfold-for-age.R",
  "z-score-weight-for-age.R", "z-score-weight-for-lenhei.R", "z-score.R", "api.R"
)
for (f in anthro_files) {
  sys.source(file.path(who_r_dir, "vendor", "anthro", "R", f), envir = anthro_env, keep.source = FALSE)
}

local(envir = anthro_env, {
  accept_z_precision_2 <- function(f) {
    force(f)
    function(..., z_precision = 2L) {
      stopifnot(identical(as.integer(z_precision), 2L))
      f(...)
    }
  }
  for (fn in c(
    "anthro_zscore_length_for_age",
    "anthro_zscore_bmi_for_age",
    "anthro_zscore_arm_circumference_for_age"
  )) {
    if (!("z_precision" %in% names(formals(get(fn))))) assign(fn, accept_z_precision_2(get(fn)))
  }
})

anthroplus_env <- new.env(parent = anthro_env)
local(envir = anthroplus_env, {
  # anthroplus data-raw/growthstandards/package.R
  check_df <- function(df) {
    stopifnot(all(colnames(df) == c("sex", "age", "l", "m", "s")))
    stopifnot(all(apply(df, 2, is.numeric)))
    stopifnot(all(df[["sex"]] %in% c(1, 2)))
    stopifnot(all(df[["age"]] >= 60))
  }
  bfa_growth_standards <- read.csv(file.path(who_data_dir, "bfawho2007.txt"), sep = "\t")
  hfa_growth_standards <- read.csv(file.path(who_data_dir, "hfawho2007.txt"), sep = "\t")
  wfa_growth_standards <- read.csv(file.path(who_data_dir, "wfawho2007.txt"), sep = "\t")
  check_df(bfa_growth_standards)
  check_df(hfa_growth_standards)
  check_df(wfa_growth_standards)
})
sys.source(file.path(who_r_dir, "vendor", "anthroplus", "R", "zscores.R"), envir = anthroplus_env, keep.source = FALSE)

anthro_zscores <- get("anthro_zscores", envir = anthro_env)
anthroplus_zscores <- get("anthroplus_zscores", envir = anthroplus_env)
