# WHO's z-scores for a CSV of measurements, computed by WHO's own R code (vendored under vendor/,
# loaded by load-who.R), the way tests/unit/pertumbuhan/fixtures/README.md describes:
# - age in months = age_days / 30.4375 (unrounded);
# - rows with age < 60 months, or no age, take anthro's anthro_zscores(age = age_days, days);
# - rows with age >= 60 months take anthroplus's anthroplus_zscores(age_in_months, height as given);
# - each z printed with formatC(z, format = "f", digits = 2), "-0.00" written as "0.00";
#   an NA z or flag is an empty cell.
#
#   Rscript scripts/who-r/run-who.R IN.csv OUT.csv
#
# IN.csv: header with (at least) sex, age_days, weight_kg, lenhei_cm, measure, headc_cm, muac_cm,
# oedema (empty cell = missing; other columns are ignored). OUT.csv: one row per input row, in order:
# row, zwei, zlen, zwfl, zbmi, zhc, zac, fwei, flen, fwfl, fbmi, fhc, fac.

main <- function() {
  args <- commandArgs(trailingOnly = TRUE)
  if (length(args) != 2L) stop("usage: Rscript scripts/who-r/run-who.R IN.csv OUT.csv", call. = FALSE)
  script_dir <- local({
    a <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
    dirname(normalizePath(sub("^--file=", "", a[1L])))
  })
  source(file.path(script_dir, "load-who.R"))

  input <- read.csv(
    args[1L],
    colClasses = "character", na.strings = "", check.names = FALSE, strip.white = FALSE
  )
  needed <- c("sex", "age_days", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema")
  missing_cols <- setdiff(needed, colnames(input))
  if (length(missing_cols) > 0L) stop("missing columns: ", paste(missing_cols, collapse = ", "), call. = FALSE)
  n <- nrow(input)

  num <- function(col) as.numeric(input[[col]])
  sex <- input$sex
  age_days <- num("age_days")
  weight <- num("weight_kg")
  lenhei <- num("lenhei_cm")
  measure <- input$measure
  headc <- num("headc_cm")
  armc <- num("muac_cm")
  oedema <- input$oedema

  age_months <- age_days / 30.4375
  use_anthro <- is.na(age_months) | age_months < 60
  use_plus <- !use_anthro

  z_cols <- c("zwei", "zlen", "zwfl", "zbmi", "zhc", "zac")
  f_cols <- c("fwei", "flen", "fwfl", "fbmi", "fhc", "fac")
  z <- matrix(NA_real_, nrow = n, ncol = 6L, dimnames = list(NULL, z_cols))
  f <- matrix(NA_integer_, nrow = n, ncol = 6L, dimnames = list(NULL, f_cols))

  if (any(use_anthro)) {
    i <- which(use_anthro)
    a <- anthro_zscores(
      sex = sex[i],
      age = age_days[i],
      is_age_in_month = FALSE,
      weight = weight[i],
      lenhei = lenhei[i],
      measure = measure[i],
      headc = headc[i],
      armc = armc[i],
      oedema = oedema[i]
    )
    stopifnot(nrow(a) == length(i))
    for (k in seq_along(z_cols)) {
      z[i, z_cols[k]] <- a[[z_cols[k]]]
      f[i, f_cols[k]] <- a[[f_cols[k]]]
    }
  }
  if (any(use_plus)) {
    i <- which(use_plus)
    p <- anthroplus_zscores(
      sex = sex[i],
      age_in_months = age_months[i],
      oedema = oedema[i],
      height_in_cm = lenhei[i],
      weight_in_kg = weight[i]
    )
    stopifnot(nrow(p) == length(i))
    z[i, "zwei"] <- p$zwfa
    z[i, "zlen"] <- p$zhfa
    z[i, "zbmi"] <- p$zbfa
    f[i, "fwei"] <- p$fwfa
    f[i, "flen"] <- p$fhfa
    f[i, "fbmi"] <- p$fbfa
  }

  fmt_z <- function(x) {
    out <- formatC(x, format = "f", digits = 2)
    out[out == "-0.00"] <- "0.00"
    out[is.na(x)] <- ""
    out
  }
  fmt_f <- function(x) {
    out <- as.character(x)
    out[is.na(x)] <- ""
    out
  }
  result <- data.frame(row = seq_len(n), stringsAsFactors = FALSE)
  for (col in z_cols) result[[col]] <- fmt_z(z[, col])
  for (col in f_cols) result[[col]] <- fmt_f(f[, col])
  write.table(result, args[2L], sep = ",", quote = FALSE, row.names = FALSE, col.names = TRUE, na = "")
  message(sprintf(
    "run-who.R: %d rows (anthro: %d, anthroplus: %d), %s",
    n, sum(use_anthro), sum(use_plus), R.version.string
  ))
}

main()
