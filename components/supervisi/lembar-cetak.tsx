"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print CSS lays the sheet out on A4). */
export function CetakButton() {
  return <Button type="button" variant="secondary" onClick={() => window.print()}>Cetak</Button>;
}
