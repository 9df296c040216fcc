import type { Metadata } from "next";
import { AddForm } from "./add-form";

export const metadata: Metadata = { title: "Add an article" };

export default function AddPage() {
  return (
    <>
      <h1>Add an article</h1>
      <p>Sitrep reads it, codes the events it reports and opens it when done.</p>
      <AddForm />
    </>
  );
}
