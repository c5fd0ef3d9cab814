import { Link } from 'react-router';

export function TeaserCard({ title, body, to, action }: { title: string; body: string; to: string; action: string }) {
  return (
    <article className="teaser">
      <h3 className="teaser__title">{title}</h3>
      <p className="teaser__body">{body}</p>
      <Link to={to} className="teaser__link">
        {action}
        <span aria-hidden="true"> →</span>
      </Link>
    </article>
  );
}
